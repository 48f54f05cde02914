import type { ServiceKindResolvers } from "../generated/resolvers.ts";
import { loadPage } from "../loadPage.ts";

export const ServiceKind: ServiceKindResolvers = {
  services: (kind, args, { loaders }) =>
    loadPage(
      loaders.page.services,
      kind.id,
      "kind",
      { authorityId: null, kindId: null, nameContains: null, direction: "ASC" },
      args,
    ),
};
