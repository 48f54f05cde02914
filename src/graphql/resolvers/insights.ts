import { AppError } from "../../domain/AppError.ts";
import type { Polarity } from "../../domain/InspectionRecord.ts";
import type { PartialFinding } from "../../store/partialFinding.ts";
import type { QueryResolvers } from "../generated/resolvers.ts";
import { compareWithNeighbours } from "../compareWithNeighbours.ts";
import { markPassage } from "../markPassage.ts";
import { recommendationTrace } from "../recommendationTrace.ts";
import { MAX_PAGE_SIZE } from "../pagination.ts";
import { selectsField } from "../selectsField.ts";
import { asFindingRows, byPolarity, findingKeysBelow } from "../findingRowKeys.ts";

/** Where a theme's timeline lists findings. */
const TIMELINE_FINDINGS = [
  ["entries", "strengths"],
  ["entries", "weaknesses"],
  ["entries", "mixed"],
];

/** Most recurrences `recurringServices` answers with. */
const MAX_RECURRENCES = 200;

const count = (findings: PartialFinding[], polarity: Polarity) =>
  findings.filter((f) => f.polarity === polarity).length;

/** A visit's polarity about a service on balance: the side with more findings, MIXED on a tie. */
function balance(findings: PartialFinding[]): Polarity {
  const strengths = count(findings, "STRENGTH");
  const weaknesses = count(findings, "WEAKNESS");
  if (strengths > weaknesses) return "STRENGTH";
  if (weaknesses > strengths) return "WEAKNESS";
  return strengths > 0 || count(findings, "MIXED") > 0 ? "MIXED" : "NEUTRAL";
}

export const insightQueries: Pick<
  QueryResolvers,
  | "recurringServices"
  | "traceRecommendation"
  | "themeTimeline"
  | "compareWithNeighbours"
  | "themeTrends"
  | "search"
  | "stats"
> = {
  recurringServices: async (_root, args, { store }, info) => {
    const minVisits = args.minVisits ?? 2;
    if (minVisits < 1) throw new AppError("BAD_INPUT", `'minVisits' must be at least 1, got ${minVisits}`);
    const groupBy = args.groupBy ?? (args.authorityId ? "SERVICE" : "KIND");
    if (groupBy === "KIND" && !args.authorityId && !args.from && !args.to && !selectsField(info, "visits")) {
      // The national picture without visit lists: from the counts kept per kind, whatever the graph's size.
      const kinds = await store.recurringKinds({ minVisits, limit: MAX_RECURRENCES });
      return kinds.map((row) => ({ ...row, service: null, visits: [] }));
    }
    const rows = await store.recurringServices({
      authorityId: args.authorityId ?? null,
      minVisits,
      from: args.from ?? null,
      to: args.to ?? null,
      groupBy,
      limit: MAX_RECURRENCES,
      findingKeys: findingKeysBelow(info, args, [["visits", "findings"]]),
    });
    return rows.map((row) => {
      const findings = row.visits.flatMap((v) => v.findings);
      return {
        service: row.service,
        kind: row.kind,
        visitCount: row.visits.length,
        authorityCount: new Set(row.visits.map((v) => v.visit.authorityId)).size,
        strengths: count(findings, "STRENGTH"),
        weaknesses: count(findings, "WEAKNESS"),
        mixed: count(findings, "MIXED"),
        neutral: count(findings, "NEUTRAL"),
        visits: row.visits.map((v) => ({
          visit: v.visit,
          strengths: count(v.findings, "STRENGTH"),
          weaknesses: count(v.findings, "WEAKNESS"),
          polarity: balance(v.findings),
          findings: asFindingRows(v.findings),
        })),
      };
    });
  },

  traceRecommendation: async (_root, { id }, { store, loaders }) => {
    const row = await store.trace(id);
    return row ? recommendationTrace(row, loaders) : null;
  },

  themeTimeline: async (_root, args, { store, loaders }, info) => {
    const { themeId, authorityId } = args;
    const findingKeys = findingKeysBelow(info, args, TIMELINE_FINDINGS);
    const [theme, timeline] = await Promise.all([
      loaders.node.Theme.load(themeId),
      store.themeTimeline(themeId, authorityId, findingKeys),
    ]);
    if (!theme || !timeline) return null;
    return {
      theme,
      authority: timeline.authority,
      entries: timeline.entries.map((entry) => ({
        visit: entry.visit,
        ...byPolarity(entry.findings),
        recommendations: entry.recommendations,
      })),
    };
  },

  compareWithNeighbours: (_root, { authorityId, themeId }, context) =>
    compareWithNeighbours(authorityId, themeId, context),

  themeTrends: async (_root, { from, to, groupBy }, { store, loaders }) => {
    const groups = await store.themeTrends({ from: from ?? null, to: to ?? null, groupBy });
    return Promise.all(
      groups.map(async (group) => {
        const themes = await loaders.node.Theme.loadMany(group.themes.map((t) => t.themeId));
        return {
          ...group,
          themes: group.themes.flatMap((count, i) => {
            const theme = themes[i];
            if (!theme || theme instanceof Error) return [];
            return [
              {
                theme,
                recommendations: count.recommendations,
                weaknesses: count.weaknesses,
                recommendationsPerVisit: count.recommendations / group.visits,
                weaknessesPerVisit: count.weaknesses / group.visits,
              },
            ];
          }),
        };
      }),
    );
  },

  search: async (_root, { text, first }, { store }) => {
    const limit = first ?? 20;
    if (limit < 1 || limit > MAX_PAGE_SIZE)
      throw new AppError("BAD_INPUT", `'first' must be between 1 and ${MAX_PAGE_SIZE}`);
    if (text.length > 500) throw new AppError("BAD_INPUT", "search text is limited to 500 characters");
    const hits = await store.search(text, limit);
    return hits.map((hit) => ({
      score: hit.score,
      kind: hit.kind,
      finding: hit.kind === "FINDING" ? hit.node : null,
      recommendation: hit.kind === "RECOMMENDATION" ? hit.node : null,
      passage: markPassage(hit.node.text, text),
      evidence: hit.node,
    }));
  },

  stats: async (_root, _args, { store }) => {
    const counts = await store.counts();
    const of = (label: string) => counts.nodes[label] ?? 0;
    return {
      nodes: Object.entries(counts.nodes).map(([label, n]) => ({ label, count: n })),
      relationships: counts.relationships,
      authorities: of("Authority"),
      visits: of("Visit"),
      documents: of("Document"),
      findings: of("Finding"),
      recommendations: of("Recommendation"),
      services: of("Service"),
    };
  },
};
