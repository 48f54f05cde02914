import { actionParams } from "../filters.ts";
import type { ThemeResolvers } from "../generated/resolvers.ts";
import { loadPage } from "../loadPage.ts";
import { evidencePages } from "../evidencePages.ts";

export const Theme: ThemeResolvers = {
  ...evidencePages("theme"),
  actions: (theme, args, { loaders }) =>
    loadPage(loaders.page.actions, theme.id, "theme", actionParams(args.filter, args.order), args),
};
