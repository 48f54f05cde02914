import { serviceParams } from "../filters.ts";
import type { ServiceKindResolvers } from "../generated/resolvers.ts";
import { loadPage } from "../loadPage.ts";

export const ServiceKind: ServiceKindResolvers = {
  services: (kind, args, { loaders }) =>
    loadPage(loaders.page.services, kind.id, "kind", serviceParams(null, null), args),
};
