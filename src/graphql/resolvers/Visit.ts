import { findingParams, recommendationParams } from "../filters.ts";
import type { VisitResolvers } from "../generated/resolvers.ts";
import { loadPage } from "../loadPage.ts";
import { required } from "../required.ts";

export const Visit: VisitResolvers = {
  periods: (visit) =>
    visit.periodStarts.flatMap((start, index) => {
      const end = visit.periodEnds[index];
      return end === undefined ? [] : [{ start, end }];
    }),
  previousJudgement: (visit) =>
    visit.previousGrade ? { grade: visit.previousGrade, date: visit.previousDate } : null,
  authority: async (visit, _args, { loaders }) =>
    required(await loaders.node.Authority.load(visit.authorityId), `authority ${visit.authorityId}`),
  inspectors: async (visit, _args, { loaders }) =>
    (await loaders.related.visitInspectors.load(visit.id))?.items ?? [],
  documents: async (visit, _args, { loaders }) =>
    (await loaders.related.visitDocuments.load(visit.id))?.items ?? [],
  judgements: async (visit, _args, { loaders }) =>
    (await loaders.related.visitJudgements.load(visit.id))?.items ?? [],
  themeCounts: async (visit, _args, { loaders }) => {
    const counts = (await loaders.related.visitThemeCounts.load(visit.id))?.items ?? [];
    const themes = await loaders.node.Theme.loadMany(counts.map((c) => c.themeId));
    return counts.flatMap(({ themeId: _, ...count }, i) => {
      const theme = themes[i];
      return theme && !(theme instanceof Error) ? [{ theme, ...count }] : [];
    });
  },
  actions: async (visit, _args, { loaders }) =>
    (await loaders.related.visitActions.load(visit.id))?.items ?? [],
  findings: (visit, args, { loaders }) =>
    loadPage(loaders.page.findings, visit.id, "visit", findingParams(args.filter, args.order), args),
  recommendations: (visit, args, { loaders }) =>
    loadPage(
      loaders.page.recommendations,
      visit.id,
      "visit",
      recommendationParams(args.filter, args.order),
      args,
    ),
  previousVisit: async (visit, _args, { loaders }) =>
    (await loaders.related.visitNeighbours.load(visit.id))?.previous ?? null,
  nextVisit: async (visit, _args, { loaders }) =>
    (await loaders.related.visitNeighbours.load(visit.id))?.next ?? null,
};
