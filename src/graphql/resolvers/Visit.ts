import type { VisitResolvers } from "../generated/resolvers.ts";
import { required } from "../required.ts";
import { related } from "../related.ts";
import { evidencePages } from "../evidencePages.ts";

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
  inspectors: related("visitInspectors", "items", []),
  documents: related("visitDocuments", "items", []),
  judgements: related("visitJudgements", "items", []),
  themeCounts: async (visit, _args, { loaders }) => {
    const counts = (await loaders.related.visitThemeCounts.load(visit.id))?.items ?? [];
    const themes = await loaders.node.Theme.loadMany(counts.map((c) => c.themeId));
    return counts.flatMap(({ themeId: _, ...count }, i) => {
      const theme = themes[i];
      return theme && !(theme instanceof Error) ? [{ theme, ...count }] : [];
    });
  },
  actions: related("visitActions", "items", []),
  ...evidencePages("visit"),
  previousVisit: related("visitNeighbours", "previous", null),
  nextVisit: related("visitNeighbours", "next", null),
};
