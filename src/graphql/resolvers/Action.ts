import type { ActionResolvers } from "../generated/resolvers.ts";
import { evidenceFields } from "./evidenceFields.ts";

export const Action: ActionResolvers = {
  ...evidenceFields,
  owner: (action, _args, { loaders }) => (action.ownerId ? loaders.node.Person.load(action.ownerId) : null),
  addresses: (action, _args, { loaders }) =>
    action.addressesId ? loaders.node.Recommendation.load(action.addressesId) : null,
};
