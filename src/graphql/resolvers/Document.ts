import { AppError } from "../../domain/AppError.ts";
import { findingParams, recommendationParams } from "../filters.ts";
import type { DocumentResolvers } from "../generated/resolvers.ts";
import { loadPage } from "../loadPage.ts";
import { required } from "../required.ts";

/** Longest passage `excerpt` gives. */
const MAX_EXCERPT = 5000;

export const Document: DocumentResolvers = {
  excerpt: async (document, { start, end }, { store }) => {
    if (start < 0 || end < start || end > document.textLength) {
      throw new AppError(
        "BAD_INPUT",
        `excerpt needs 0 <= start <= end <= ${document.textLength}, got ${start}..${end}`,
      );
    }
    if (end - start > MAX_EXCERPT)
      throw new AppError("BAD_INPUT", `excerpt is limited to ${MAX_EXCERPT} characters`);
    return required(await store.excerpt(document.id, start, end), `text of document ${document.id}`);
  },
  visit: async (document, _args, { loaders }) =>
    required(await loaders.node.Visit.load(document.visitId), `visit ${document.visitId}`),
  findings: (document, args, { loaders }) =>
    loadPage(loaders.page.findings, document.id, "document", findingParams(args.filter, args.order), args),
  recommendations: (document, args, { loaders }) =>
    loadPage(
      loaders.page.recommendations,
      document.id,
      "document",
      recommendationParams(args.filter, args.order),
      args,
    ),
  actions: async (document, _args, { loaders }) =>
    (await loaders.related.documentActions.load(document.id))?.items ?? [],
  services: async (document, _args, { loaders }) =>
    (await loaders.related.documentServices.load(document.id))?.items ?? [],
  addressedTo: async (document, _args, { loaders }) =>
    (await loaders.related.documentPeople.load(document.id))?.addressedTo ?? null,
  author: async (document, _args, { loaders }) =>
    (await loaders.related.documentPeople.load(document.id))?.author ?? null,
};
