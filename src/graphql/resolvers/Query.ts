import packageJson from "../../../package.json" with { type: "json" };
import {
  actionParams,
  documentParams,
  findingParams,
  judgementParams,
  nameParams,
  recommendationParams,
  serviceParams,
  visitParams,
} from "../filters.ts";
import { ENTITIES, NODE_LABELS } from "../../store/entities.ts";
import type { QueryResolvers } from "../generated/resolvers.ts";
import type { GraphQLContext } from "../GraphQLContext.ts";
import { loadAuthorityTree } from "../loadAuthorityTree.ts";
import { loadPage } from "../loadPage.ts";
import { insightQueries } from "./insights.ts";

type ById = (root: unknown, args: { id: string }, context: GraphQLContext) => Promise<unknown>;

/** `authority(id:)`, `visit(id:)`, ...: each entity's by-id field, from ENTITIES, through its loader. */
const byIdQueries = Object.fromEntries(
  NODE_LABELS.map((label): [string, ById] => [
    ENTITIES[label].field,
    (_root, { id }, { loaders }) => loaders.node[label].load(id),
  ]),
) as Pick<QueryResolvers, (typeof ENTITIES)[keyof typeof ENTITIES]["field"]>;

export const Query: QueryResolvers = {
  version: () => packageJson.version,

  ...byIdQueries,

  authorities: (_root, args, context, info) => loadAuthorityTree(args, context, info),
  visits: (_root, args, { loaders }) =>
    loadPage(loaders.page.visits, null, "all", visitParams(args.filter, args.order), args),
  judgements: (_root, args, { loaders }) =>
    loadPage(loaders.page.judgements, null, "all", judgementParams(args.filter, args.order), args),
  inspectors: (_root, args, { loaders }) =>
    loadPage(loaders.page.inspectors, null, "all", nameParams(args.filter, args.order), args),
  people: (_root, args, { loaders }) =>
    loadPage(loaders.page.people, null, "all", nameParams(args.filter, args.order), args),
  documents: (_root, args, { loaders }) =>
    loadPage(loaders.page.documents, null, "all", documentParams(args.filter, args.order), args),
  findings: (_root, args, { loaders }) =>
    loadPage(loaders.page.findings, null, "all", findingParams(args.filter, args.order), args),
  recommendations: (_root, args, { loaders }) =>
    loadPage(loaders.page.recommendations, null, "all", recommendationParams(args.filter, args.order), args),
  actions: (_root, args, { loaders }) =>
    loadPage(loaders.page.actions, null, "all", actionParams(args.filter, args.order), args),
  services: (_root, args, { loaders }) =>
    loadPage(loaders.page.services, null, "all", serviceParams(args.filter, args.order), args),
  serviceKinds: (_root, args, { loaders }) =>
    loadPage(loaders.page.serviceKinds, null, "all", nameParams(args.filter, args.order), args),
  themes: (_root, args, { loaders }) =>
    loadPage(loaders.page.themes, null, "all", { direction: args.order ?? "ASC" }, args),

  ...insightQueries,
};
