import type { FindingResolvers } from "../generated/resolvers.ts";
import { evidenceFields, mentionedServices } from "./evidenceFields.ts";

export const Finding: FindingResolvers = {
  ...evidenceFields,
  services: (finding, _args, { loaders }) => mentionedServices(finding, loaders),
};
