import type { EvidenceResolvers } from "../generated/resolvers.ts";
import { required } from "../required.ts";

export const Evidence: EvidenceResolvers = {
  document: async (evidence, _args, { loaders }) =>
    required(await loaders.node.Document.load(evidence.documentId), `document ${evidence.documentId}`),
};
