import { findingParams, recommendationParams } from "../filters.ts";
import type { ServiceResolvers } from "../generated/resolvers.ts";
import { loadPage } from "../loadPage.ts";
import { required } from "../required.ts";

export const Service: ServiceResolvers = {
  authority: async (service, _args, { loaders }) =>
    required(await loaders.node.Authority.load(service.authorityId), `authority ${service.authorityId}`),
  kind: async (service, _args, { loaders }) =>
    service.kindName !== null
      ? { id: service.kindId, name: service.kindName }
      : required(await loaders.node.ServiceKind.load(service.kindId), `service kind ${service.kindId}`),
  findings: (service, args, { loaders }) =>
    loadPage(loaders.page.findings, service.id, "service", findingParams(args.filter, args.order), args),
  recommendations: (service, args, { loaders }) =>
    loadPage(
      loaders.page.recommendations,
      service.id,
      "service",
      recommendationParams(args.filter, args.order),
      args,
    ),
  documents: async (service, _args, { loaders }) =>
    (await loaders.related.serviceRelations.load(service.id))?.documents ?? [],
  replaced: async (service, _args, { loaders }) =>
    (await loaders.related.serviceRelations.load(service.id))?.replaced ?? [],
  replacedBy: async (service, _args, { loaders }) =>
    (await loaders.related.serviceRelations.load(service.id))?.replacedBy ?? [],
  basedIn: async (service, _args, { loaders }) =>
    (await loaders.related.serviceRelations.load(service.id))?.basedIn ?? [],
  hosts: async (service, _args, { loaders }) =>
    (await loaders.related.serviceRelations.load(service.id))?.hosts ?? [],
};
