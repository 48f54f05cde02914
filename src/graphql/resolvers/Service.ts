import type { ServiceResolvers } from "../generated/resolvers.ts";
import { required } from "../required.ts";
import { related } from "../related.ts";
import { evidencePages } from "../evidencePages.ts";

export const Service: ServiceResolvers = {
  authority: async (service, _args, { loaders }) =>
    required(await loaders.node.Authority.load(service.authorityId), `authority ${service.authorityId}`),
  // Synchronous when the row carries its kind's name: a promise per service of a long list is dear.
  kind: (service, _args, { loaders }) =>
    service.kindName !== null
      ? { id: service.kindId, name: service.kindName }
      : loaders.node.ServiceKind.load(service.kindId).then((kind) =>
          required(kind, `service kind ${service.kindId}`),
        ),
  ...evidencePages("service"),
  documents: related("serviceRelations", "documents", []),
  replaced: related("serviceRelations", "replaced", []),
  replacedBy: related("serviceRelations", "replacedBy", []),
  basedIn: related("serviceRelations", "basedIn", []),
  hosts: related("serviceRelations", "hosts", []),
};
