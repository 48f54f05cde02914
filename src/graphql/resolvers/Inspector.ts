import type { InspectorResolvers } from "../generated/resolvers.ts";
import { loadPage } from "../loadPage.ts";

export const Inspector: InspectorResolvers = {
  visits: async (inspector, args, { loaders }) => {
    const connection = await loadPage(loaders.page.inspectorVisits, inspector.id, "inspector", {}, args);
    return { ...connection, edges: connection.edges.map((edge) => ({ ...edge, lead: edge.node.lead })) };
  },
};
