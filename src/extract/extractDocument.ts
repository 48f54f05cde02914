import { createHash } from "node:crypto";
import { basename } from "node:path";
import { AppError } from "../domain/AppError.ts";
import { formatIssues } from "../domain/formatIssues.ts";
import { type Authority, InspectionRecord } from "../domain/InspectionRecord.ts";
import { extractBody } from "./body/extractBody.ts";
import { decodeText } from "./decodeText.ts";
import { extractHeader } from "./header/extractHeader.ts";
import { authorityFromFileName } from "./header/resolveAuthority.ts";
import type { NormalisedDocument } from "./NormalisedDocument.ts";
import type { PdfRunReader } from "./pdf/PageRuns.ts";
import { PdfPasswordError } from "./pdf/pdfiumPages.ts";
import { readPdf } from "./pdf/readPdf.ts";
import { SNIFF_BYTES, sniffDocument, TAIL_BYTES } from "./sniffDocument.ts";
import { normaliseText } from "./text/normaliseText.ts";

/** A document's record and the normalised text its spans point into. */
export interface ExtractedDocument {
  record: InspectionRecord;
  text: string;
}

/**
 * Extracts the inspection record of one document (PDF or plain text): reads and normalises its text,
 * extracts the header facts (kind, authority, visit, people, judgements) and the body (recommendations,
 * findings, services, actions), and validates the record against the schema. Pure apart from reading
 * the given bytes: knows nothing of the database.
 *
 * Throws AppError UNREADABLE_DOCUMENT ('<source>: <reason>') for input that is not a readable document:
 * empty, HTML saved as .pdf, random bytes, a truncated or damaged PDF, a PDF with no text (scanned).
 * Throws AppError INVALID_RECORD naming the fields when the record does not satisfy the schema, such as a
 * document that names no English local authority.
 */
export async function extractDocument(input: {
  source: string;
  bytes: Uint8Array;
  /** What reads a PDF's text runs: PDFium unless given (the bench compares pdf.js's through it). */
  readPdfRuns?: PdfRunReader;
}): Promise<ExtractedDocument> {
  const { source, bytes, readPdfRuns } = input;
  const format = sniffDocument(source, bytes.subarray(0, SNIFF_BYTES), bytes.subarray(-TAIL_BYTES));
  const id = createHash("sha256").update(bytes).digest("hex");
  const doc =
    format === "pdf"
      ? await readPdfText(source, id, bytes, readPdfRuns)
      : normaliseText(source, id, decodeText(bytes));
  if (doc.text.trim().length === 0) {
    throw new AppError(
      "UNREADABLE_DOCUMENT",
      `${source}: ${format === "pdf" ? "no text found: scanned PDF?" : "empty file"}`,
    );
  }
  const header = extractHeader(doc);
  const authority: Authority | null = header.authority ?? authorityFromFileName(source);
  if (!authority) {
    throw new AppError(
      "INVALID_RECORD",
      `${source}: invalid record: authority: names no English local authority`,
    );
  }
  const body = extractBody(doc, { kind: header.kind, authorityId: authority.id });
  const candidate = {
    source,
    document: {
      id,
      kind: header.kind,
      title: header.title ?? basename(source),
      date: header.date,
      textLength: doc.text.length,
      pageCount: doc.format === "pdf" ? doc.pages.length : null,
    },
    authority,
    visit: header.visit,
    inspectors: header.inspectors,
    dcs: header.dcs,
    author: header.author,
    judgements: header.judgements,
    recommendations: body.recommendations,
    findings: body.findings,
    services: body.services,
    actions: body.actions,
  };
  const parsed = InspectionRecord.safeParse(candidate);
  if (!parsed.success) {
    const fields = formatIssues(parsed.error, { whole: "record" });
    throw new AppError("INVALID_RECORD", `${source}: invalid record: ${fields}`, {
      cause: parsed.error,
    });
  }
  return { record: parsed.data, text: doc.text };
}

/** The signature of `extractDocument`, for callers that extract elsewhere (e.g. in a worker thread). */
export type ExtractDocument = typeof extractDocument;

async function readPdfText(
  source: string,
  id: string,
  bytes: Uint8Array,
  readRuns: PdfRunReader | undefined,
): Promise<NormalisedDocument> {
  try {
    return await readPdf(source, id, bytes, readRuns);
  } catch (error) {
    const reason =
      error instanceof PdfPasswordError
        ? "encrypted PDF: needs a password"
        : `truncated or damaged PDF: ${(error as Error).message ?? String(error)}`;
    throw new AppError("UNREADABLE_DOCUMENT", `${source}: ${reason}`, { cause: error });
  }
}
