import type { PersonResolvers } from "../generated/resolvers.ts";

export const Person: PersonResolvers = {
  addressedIn: async (person, _args, { loaders }) =>
    (await loaders.related.personLinks.load(person.id))?.addressedIn ?? [],
  authored: async (person, _args, { loaders }) =>
    (await loaders.related.personLinks.load(person.id))?.authored ?? [],
  actionsOwned: async (person, _args, { loaders }) =>
    (await loaders.related.personLinks.load(person.id))?.actionsOwned ?? [],
};
