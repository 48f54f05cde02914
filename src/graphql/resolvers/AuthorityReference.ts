import type { AuthorityReferenceResolvers } from "../generated/resolvers.ts";

export const AuthorityReference: AuthorityReferenceResolvers = {
  otherNames: (entry) => [...new Set(entry.names.filter((name) => name !== entry.name))],
  statisticalNeighbours: (entry, _args, { store }) => store.reference.neighbours(entry),
  authority: async (entry, _args, { loaders }) => {
    const id = (await loaders.authorityMatches()).authorityOf.get(entry.dfeCode);
    return id ? loaders.node.Authority.load(id) : null;
  },
};
