import type { JudgementResolvers } from "../generated/resolvers.ts";
import { required } from "../required.ts";

export const Judgement: JudgementResolvers = {
  visit: async (judgement, _args, { loaders }) =>
    required(await loaders.node.Visit.load(judgement.visitId), `visit ${judgement.visitId}`),
};
