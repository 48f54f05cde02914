import type { RecommendationRow, VisitRow } from "../store/rows.ts";
import { byPolarity } from "./findingRowKeys.ts";
import type { GraphQLContext } from "./GraphQLContext.ts";
import { present } from "./resolvers/evidenceFields.ts";
import { traceFollowUps } from "./traceFollowUps.ts";

/**
 * One authority's side of a comparison: its latest judgements and grade, and per visit its findings and
 * recommendations on the theme.
 */
async function benchmarkEntry(
  authorityId: string,
  themeId: string,
  rank: number | null,
  context: GraphQLContext,
) {
  const [authority, timeline, latest] = await Promise.all([
    context.loaders.node.Authority.load(authorityId),
    // Every key: the comparison's lists are resolved further down, from a type of their own.
    context.store.themeTimeline(themeId, authorityId, null),
    context.loaders.related.authorityLatestJudgements.load(authorityId),
  ]);
  if (!authority) return null;
  return {
    authority,
    rank,
    latestGrade: latest?.overall?.grade ?? null,
    latestGradeVisitId: latest?.overall?.visitId ?? null,
    latestJudgements: latest?.items ?? [],
    visits: (timeline?.entries ?? []).map((entry) => ({
      visit: entry.visit,
      ...byPolarity(entry.findings),
      recommendations: entry.recommendations,
    })),
  };
}

/** One side of a comparison as the resolvers receive it (`latestGradeVisit` resolved from its id). */
export type BenchmarkEntryValue = NonNullable<Awaited<ReturnType<typeof benchmarkEntry>>>;

/**
 * The recommendation's follow-up at the next visit that speaks of its area, when that says IMPROVED, with
 * the strengths that show it; null otherwise. Later visits silent on the area (a focused visit on another
 * subject) are passed over: they neither confirm nor deny an improvement.
 */
async function improvementOf(recommendation: RecommendationRow, visit: VisitRow, context: GraphQLContext) {
  const row = await context.store.trace(recommendation.id);
  if (!row) return null;
  const next = traceFollowUps(row).find((f) => f.status !== "NOT_COVERED");
  if (next?.status !== "IMPROVED") return null;
  return { recommendation, visit, improvedAt: next.visit, reason: next.reason, strengths: next.strengths };
}

/**
 * The authority beside each statistical neighbour the graph holds, on one theme (see the
 * `compareWithNeighbours` query); null when the authority or theme is unknown. An authority without a
 * reference row is compared with no one.
 */
export async function compareWithNeighbours(authorityId: string, themeId: string, context: GraphQLContext) {
  const { loaders, store } = context;
  const [theme, authority, matches] = await Promise.all([
    loaders.node.Theme.load(themeId),
    benchmarkEntry(authorityId, themeId, null, context),
    loaders.authorityMatches(),
  ]);
  if (!theme || !authority) return null;
  const reference = matches.entryOf.get(authorityId);
  const ranked = (reference ? store.reference.neighbours(reference) : []).map((entry, index) => ({
    entry,
    rank: index + 1,
    id: matches.authorityOf.get(entry.dfeCode),
  }));
  const inGraph = ranked.filter((n) => n.id !== undefined && n.id !== authorityId);
  const neighbours = present(
    await Promise.all(inGraph.map((n) => benchmarkEntry(n.id as string, themeId, n.rank, context))),
  );
  const improvements = await Promise.all(
    neighbours.flatMap((neighbour) =>
      neighbour.visits.flatMap((entry) =>
        entry.recommendations.map(async (recommendation) => {
          const improvement = await improvementOf(recommendation, entry.visit, context);
          return improvement && { authority: neighbour.authority, ...improvement };
        }),
      ),
    ),
  );
  return {
    theme,
    authority,
    neighbours,
    absentNeighbours: ranked.filter((n) => n.id === undefined).map((n) => n.entry),
    improvements: present(improvements),
  };
}
