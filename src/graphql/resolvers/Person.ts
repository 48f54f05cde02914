import type { PersonResolvers } from "../generated/resolvers.ts";
import { related } from "../related.ts";

export const Person: PersonResolvers = {
  addressedIn: related("personLinks", "addressedIn", []),
  authored: related("personLinks", "authored", []),
  actionsOwned: related("personLinks", "actionsOwned", []),
};
