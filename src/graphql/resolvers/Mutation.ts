import { AppError } from "../../domain/AppError.ts";
import type { RecordOverrides } from "../../domain/RecordOverrides.ts";
import { slugify } from "../../domain/slugify.ts";
import { toGraphQLError } from "../formatError.ts";
import type { DocumentWriter, GraphQLContext } from "../GraphQLContext.ts";
import type {
  DocumentMetadataInput,
  IngestDocumentInput,
  MutationResolvers,
} from "../generated/resolvers.ts";
import { required } from "../required.ts";

/** Largest PDF `ingestDocument` takes. */
const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

function writerOf(context: GraphQLContext): DocumentWriter {
  if (context.writer) return context.writer;
  throw toGraphQLError(new AppError("UNAUTHENTICATED", context.writeRefusal ?? "Mutations need an API key"));
}

function documentBytes(input: IngestDocumentInput): Uint8Array {
  const given = [input.text, input.pdfBase64].filter((v) => v !== null && v !== undefined);
  if (given.length !== 1) throw new AppError("BAD_INPUT", "Give exactly one of 'text' and 'pdfBase64'");
  if (input.text !== null && input.text !== undefined) return new TextEncoder().encode(input.text);
  const base64 = (input.pdfBase64 as string).replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw new AppError("BAD_INPUT", "'pdfBase64' is not base64");
  if ((base64.length * 3) / 4 > MAX_DOCUMENT_BYTES)
    throw new AppError("BAD_INPUT", "The document is larger than 20 MB");
  return new Uint8Array(Buffer.from(base64, "base64"));
}

function overridesOf(metadata: DocumentMetadataInput | null | undefined): RecordOverrides | undefined {
  if (!metadata) return undefined;
  const visit = {
    ...(metadata.visitType ? { type: metadata.visitType } : {}),
    ...(metadata.visitStartDate ? { startDate: metadata.visitStartDate } : {}),
    ...(metadata.visitEndDate ? { endDate: metadata.visitEndDate } : {}),
  };
  const document = {
    ...(metadata.documentKind ? { kind: metadata.documentKind } : {}),
    ...(metadata.documentDate ? { date: metadata.documentDate } : {}),
    ...(metadata.title ? { title: metadata.title } : {}),
  };
  return {
    ...(metadata.authorityName
      ? { authority: { id: slugify(metadata.authorityName), name: metadata.authorityName } }
      : {}),
    visit,
    document,
  };
}

export const Mutation: MutationResolvers = {
  ingestDocument: async (_root, { input }, context) => {
    const writer = writerOf(context);
    const result = await writer.ingest({
      filename: input.filename,
      bytes: documentBytes(input),
      overrides: overridesOf(input.metadata),
    });
    const [document, visit] = await Promise.all([
      context.loaders.node.Document.load(result.documentId),
      context.loaders.node.Visit.load(result.visitId),
    ]);
    return {
      status: result.status,
      document: required(document, `document ${result.documentId}`),
      visit: required(visit, `visit ${result.visitId}`),
    };
  },
  deleteDocument: async (_root, { id }, context) => {
    // An unknown id is an expected outcome, answered as a value rather than an error.
    return { id, deleted: await writerOf(context).delete(id) };
  },
};
