import { AppError } from "../../domain/AppError.ts";
import type { DocumentResolvers } from "../generated/resolvers.ts";
import { required } from "../required.ts";
import { related } from "../related.ts";
import { evidencePages } from "../evidencePages.ts";

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
  ...evidencePages("document"),
  actions: related("documentActions", "items", []),
  services: related("documentServices", "items", []),
  addressedTo: related("documentPeople", "addressedTo", null),
  author: related("documentPeople", "author", null),
};
