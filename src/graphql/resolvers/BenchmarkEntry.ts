import type { BenchmarkEntryResolvers } from "../generated/resolvers.ts";

export const BenchmarkEntry: BenchmarkEntryResolvers = {
  latestGradeVisit: (entry, _args, { loaders }) =>
    entry.latestGradeVisitId ? loaders.node.Visit.load(entry.latestGradeVisitId) : null,
};
