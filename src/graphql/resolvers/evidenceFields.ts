import type { Loaders } from "../createLoaders.ts";
import { required } from "../required.ts";
import { themeRow } from "../themeRow.ts";

/** Resolvers shared by the three kinds of evidence item: findings, recommendations, actions. */
export const evidenceFields = {
  // From the taxonomy in memory, synchronously: no promise per item of a long list.
  themes: (item: { themeIds: string[] }) => present(item.themeIds.map(themeRow)),
  visit: async (item: { visitId: string }, _args: unknown, { loaders }: { loaders: Loaders }) =>
    required(await loaders.node.Visit.load(item.visitId), `visit ${item.visitId}`),
  evidence: (item: { documentId: string; start: number; end: number; page: number | null; text: string }) =>
    item,
};

/** The services an item mentions. */
export async function mentionedServices(item: { serviceIds: string[] }, loaders: Loaders) {
  return present(await loaders.node.Service.loadMany(item.serviceIds));
}

/** The rows a `loadMany` found (errors rethrown, misses dropped). */
export function present<T>(rows: ReadonlyArray<T | Error | null>): T[] {
  return rows.filter((row): row is T => {
    if (row instanceof Error) throw row;
    return row !== null;
  });
}
