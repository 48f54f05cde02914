/**
 * What one selection of a top-level field costs before counting what it returns, in the cost limit's
 * units (roughly objects loaded). Each top-level field runs at least one statement of its own, so every
 * alias of one is paid for: without this, `stats` under 1,000 aliases was estimated at a few thousand
 * and held the database for 30 s. Fields that aggregate over the whole graph cost the most.
 */
export const ROOT_FIELD_COST = 1_000;

/** Costs above ROOT_FIELD_COST, by field, given the field's arguments (national beats one authority). */
const ROOT_FIELD_COSTS: Readonly<Record<string, (args: Record<string, unknown>) => number>> = {
  // Every node and relationship of the graph counted.
  stats: () => 100_000,
  // Across authorities, every finding that mentions a service; for one authority, its services.
  recurringServices: (args) => (args.authorityId ? 10_000 : 100_000),
  // Every visit in the range, its findings and recommendations per theme.
  themeTrends: () => 100_000,
  compareWithNeighbours: () => 20_000,
  search: () => 10_000,
  // One recommendation's later visits: a few hundred still fit in one request.
  traceRecommendation: () => 2_000,
  themeTimeline: () => 2_000,
};

/** The fixed cost of selecting `fieldName` on the query root once. */
export function rootFieldCost(fieldName: string, args: Record<string, unknown>): number {
  return Math.max(ROOT_FIELD_COST, ROOT_FIELD_COSTS[fieldName]?.(args) ?? 0);
}
