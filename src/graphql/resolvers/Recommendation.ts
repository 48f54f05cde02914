import type { RecommendationResolvers } from "../generated/resolvers.ts";
import { evidenceFields, mentionedServices } from "./evidenceFields.ts";

export const Recommendation: RecommendationResolvers = {
  ...evidenceFields,
  services: (recommendation, _args, { loaders }) => mentionedServices(recommendation, loaders),
  actions: async (recommendation, _args, { loaders }) =>
    (await loaders.related.recommendationActions.load(recommendation.id))?.items ?? [],
  repeats: async (recommendation, _args, { loaders }) =>
    (await loaders.related.recommendationRepeats.load(recommendation.id))?.repeats ?? [],
  repeatedBy: async (recommendation, _args, { loaders }) =>
    (await loaders.related.recommendationRepeats.load(recommendation.id))?.repeatedBy ?? [],
};
