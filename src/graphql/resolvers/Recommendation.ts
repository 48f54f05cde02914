import type { RecommendationResolvers } from "../generated/resolvers.ts";
import { evidenceFields, mentionedServices } from "./evidenceFields.ts";
import { related } from "../related.ts";

export const Recommendation: RecommendationResolvers = {
  ...evidenceFields,
  services: (recommendation, _args, { loaders }) => mentionedServices(recommendation, loaders),
  actions: related("recommendationActions", "items", []),
  repeats: related("recommendationRepeats", "repeats", []),
  repeatedBy: related("recommendationRepeats", "repeatedBy", []),
};
