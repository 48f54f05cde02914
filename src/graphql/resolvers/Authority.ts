import { serviceParams, visitParams } from "../filters.ts";
import type { AuthorityResolvers } from "../generated/resolvers.ts";
import type { GraphQLContext } from "../GraphQLContext.ts";
import { loadPage } from "../loadPage.ts";
import { recommendationTrace } from "../recommendationTrace.ts";
import { present } from "./evidenceFields.ts";
import { related } from "../related.ts";

/** The authority's reference row, or null (every reference field is then null). */
async function entryOf(authority: { id: string }, { loaders }: GraphQLContext) {
  return (await loaders.authorityMatches()).entryOf.get(authority.id) ?? null;
}

export const Authority: AuthorityResolvers = {
  visits: (authority, args, { loaders }) =>
    loadPage(loaders.page.visits, authority.id, "authority", visitParams(args.filter, args.order), args),
  services: (authority, args, { loaders }) =>
    loadPage(loaders.page.services, authority.id, "authority", serviceParams(null, null), args),
  reference: (authority, _args, context) => entryOf(authority, context),
  urn: async (authority, _args, context) => (await entryOf(authority, context))?.urn ?? null,
  dfeCode: async (authority, _args, context) => (await entryOf(authority, context))?.dfeCode ?? null,
  onsCode: async (authority, _args, context) => (await entryOf(authority, context))?.onsCode ?? null,
  region: async (authority, _args, context) => (await entryOf(authority, context))?.region ?? null,
  type: async (authority, _args, context) => (await entryOf(authority, context))?.type ?? null,
  childPopulation: async (authority, _args, context) =>
    (await entryOf(authority, context))?.childPopulation ?? null,
  statisticalNeighbours: async (authority, _args, { loaders }) => {
    const matches = await loaders.authorityMatches();
    const entry = matches.entryOf.get(authority.id);
    if (!entry) return [];
    const ids = entry.statisticalNeighbours.flatMap((code) => matches.authorityOf.get(code) ?? []);
    return present(await loaders.node.Authority.loadMany(ids));
  },
  recommendationTraces: async (authority, _args, { store, loaders }) =>
    Promise.all((await store.authorityTraces(authority.id)).map((row) => recommendationTrace(row, loaders))),
  latestJudgements: related("authorityLatestJudgements", "items", []),
};
