import { serviceParams, visitParams } from "../filters.ts";
import type { AuthorityResolvers } from "../generated/resolvers.ts";
import { loadPage } from "../loadPage.ts";

export const Authority: AuthorityResolvers = {
  visits: (authority, args, { loaders }) =>
    loadPage(loaders.page.visits, authority.id, "authority", visitParams(args.filter, args.order), args),
  services: (authority, args, { loaders }) =>
    loadPage(loaders.page.services, authority.id, "authority", serviceParams(null, null), args),
};
