import type { RecommendationResolvers } from "../generated/resolvers.ts";
import { evidenceFields, mentionedServices } from "./evidenceFields.ts";

export const Recommendation: RecommendationResolvers = {
  ...evidenceFields,
  services: (recommendation, _args, { loaders }) => mentionedServices(recommendation, loaders),
  actions: async (recommendation, _args, { loaders }) =>
    (await loaders.related.recommendationActions.load(recommendation.id))?.items ?? [],
};
