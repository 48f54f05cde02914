import { actionParams, findingParams, recommendationParams } from "../filters.ts";
import type { ThemeResolvers } from "../generated/resolvers.ts";
import { loadPage } from "../loadPage.ts";

export const Theme: ThemeResolvers = {
  findings: (theme, args, { loaders }) =>
    loadPage(loaders.page.findings, theme.id, "theme", findingParams(args.filter, args.order), args),
  recommendations: (theme, args, { loaders }) =>
    loadPage(
      loaders.page.recommendations,
      theme.id,
      "theme",
      recommendationParams(args.filter, args.order),
      args,
    ),
  actions: (theme, args, { loaders }) =>
    loadPage(loaders.page.actions, theme.id, "theme", actionParams(args.filter, args.order), args),
};
