import type { ServiceRow } from "../../store/rows.ts";
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

/**
 * The services an item mentions: synchronously when this request has read them all already (a prefetch,
 * see Loaders.servicesRead), so a long list of items makes no promise each; otherwise through the loader.
 */
export function mentionedServices(
  item: { serviceIds: string[] },
  loaders: Loaders,
): ServiceRow[] | Promise<ServiceRow[]> {
  const read = item.serviceIds.map((id) => loaders.servicesRead.get(id));
  if (read.every((row) => row !== undefined)) return read;
  return loaders.node.Service.loadMany(item.serviceIds).then(present);
}

/** The rows a `loadMany` found (errors rethrown, misses dropped). */
export function present<T>(rows: ReadonlyArray<T | Error | null>): T[] {
  return rows.filter((row): row is T => {
    if (row instanceof Error) throw row;
    return row !== null;
  });
}
