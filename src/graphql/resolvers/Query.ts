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
import type { QueryResolvers } from "../generated/resolvers.ts";
import { loadPage } from "../loadPage.ts";
import { insightQueries } from "./insights.ts";

export const Query: QueryResolvers = {
  version: () => packageJson.version,

  authority: (_root, { id }, { loaders }) => loaders.node.Authority.load(id),
  visit: (_root, { id }, { loaders }) => loaders.node.Visit.load(id),
  judgement: (_root, { id }, { loaders }) => loaders.node.Judgement.load(id),
  inspector: (_root, { id }, { loaders }) => loaders.node.Inspector.load(id),
  person: (_root, { id }, { loaders }) => loaders.node.Person.load(id),
  document: (_root, { id }, { loaders }) => loaders.node.Document.load(id),
  finding: (_root, { id }, { loaders }) => loaders.node.Finding.load(id),
  recommendation: (_root, { id }, { loaders }) => loaders.node.Recommendation.load(id),
  action: (_root, { id }, { loaders }) => loaders.node.Action.load(id),
  service: (_root, { id }, { loaders }) => loaders.node.Service.load(id),
  serviceKind: (_root, { id }, { loaders }) => loaders.node.ServiceKind.load(id),
  theme: (_root, { id }, { loaders }) => loaders.node.Theme.load(id),

  authorities: (_root, args, { loaders }) =>
    loadPage(loaders.page.authorities, null, "all", nameParams(args.filter, args.order), args),
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
