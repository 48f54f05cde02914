import { serviceKindById } from "../../domain/ServiceKinds.ts";
import { serviceParams } from "../filters.ts";
import type { ServiceKindResolvers } from "../generated/resolvers.ts";
import { loadPage } from "../loadPage.ts";

export const ServiceKind: ServiceKindResolvers = {
  acronym: (kind) => serviceKindById(kind.id)?.acronym ?? null,
  services: (kind, args, { loaders }) =>
    loadPage(loaders.page.services, kind.id, "kind", serviceParams(null, null), args),
};
