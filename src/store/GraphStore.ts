import { z } from "zod";
import type { Executor } from "../db/Executor.ts";
import { countGraph, type GraphCounts } from "./countGraph.ts";
import type { NodeLabel, RowOf } from "./entities.ts";
import { type KindRecurrenceRow, readRecurringKinds } from "./insights/readRecurringKinds.ts";
import {
  type RecurrenceQuery,
  type RecurrenceRow,
  readRecurringServices,
} from "./insights/readRecurringServices.ts";
import { readAuthorityTraces } from "./insights/readAuthorityTraces.ts";
import { type AuthorityTree, type AuthorityTreeRequest, readAuthorityTree } from "./readAuthorityTree.ts";
import { readThemeTimeline, type TimelineRow } from "./insights/readThemeTimeline.ts";
import type { FindingKey } from "./partialFinding.ts";
import { readTrace, type TraceRow } from "./insights/readTrace.ts";
import { type DecidedTraceRow, readStoredTrace } from "./insights/readStoredTrace.ts";
import { readStoredAuthorityTraces } from "./insights/readStoredAuthorityTraces.ts";
import { type SearchHitRow, searchEvidence } from "./insights/searchEvidence.ts";
import {
  groupThemeTrends,
  readThemeTrendVisits,
  type ThemeTrendGroup,
  type ThemeTrendQuery,
} from "./insights/readThemeTrends.ts";
import type { Page } from "./Page.ts";
import { PAGES, type PageItem, type PageName } from "./pages.ts";
import { readByParent } from "./readByParent.ts";
import { readNodes } from "./readNodes.ts";
import { type PageRequest, readPages } from "./readPages.ts";
import { RELATIONS, type RelationName, type RelationRow } from "./relations.ts";
import type { AuthorityReferenceIndex } from "./reference/AuthorityReferenceIndex.ts";
import { authorityReference } from "./reference/loadAuthorityReference.ts";
import { type AuthorityMatches, readAuthorityMatches } from "./reference/readAuthorityMatches.ts";

/**
 * Everything the API reads from the graph, as typed functions over named statements. The batch
 * functions answer in the order of their keys, with null (or an empty page) for misses.
 */
export class GraphStore {
  /**
   * @param reference the authority reference data, kept in memory (by default the project's copy): 156 rows
   *   matched to the graph's authorities on demand, so the graph holds only what documents say.
   */
  constructor(
    private readonly executor: Executor,
    readonly reference: AuthorityReferenceIndex = authorityReference(),
  ) {}

  /** Whether the database answers now (the health check), with the reason when it does not. */
  health(): Promise<{ ok: true } | { ok: false; reason: string }> {
    return this.executor.ping();
  }

  nodes<L extends NodeLabel>(label: L, ids: readonly string[]): Promise<Array<RowOf<L> | null>> {
    return readNodes(this.executor, label, ids);
  }

  pages<N extends PageName>(
    name: N,
    parents: ReadonlyArray<string | null>,
    request: PageRequest,
  ): Promise<Array<Page<PageItem<N>>>> {
    const { statement, item } = PAGES[name];
    return readPages(this.executor, statement, item, parents, request) as Promise<Array<Page<PageItem<N>>>>;
  }

  /**
   * A page of authorities with the pages a nested query asks for below it (visits, their findings, the
   * services those mention), in one statement, each page as `pages` would give it.
   */
  authorityTree(request: AuthorityTreeRequest): Promise<AuthorityTree> {
    return readAuthorityTree(this.executor, request);
  }

  related<N extends RelationName>(name: N, ids: readonly string[]): Promise<Array<RelationRow<N> | null>> {
    const { statement, row } = RELATIONS[name];
    return readByParent(this.executor, statement, row, ids) as Promise<Array<RelationRow<N> | null>>;
  }

  /** National recurrences by kind, counts only, from the counts kept per kind. */
  recurringKinds(query: { minVisits: number; limit: number }): Promise<KindRecurrenceRow[]> {
    return readRecurringKinds(this.executor, query);
  }

  recurringServices(query: RecurrenceQuery): Promise<RecurrenceRow[]> {
    return readRecurringServices(this.executor, query);
  }

  /**
   * A recommendation's trace: its follow-ups as stored at the authority's last relink when they are current
   * (one statement reading only the passages they name), otherwise what tracing them on the fly needs (a
   * second statement reading every passage of each later visit). Null when there is no such recommendation.
   */
  async trace(recommendationId: string): Promise<DecidedTraceRow | TraceRow | null> {
    const stored = await readStoredTrace(this.executor, recommendationId);
    return stored === "stale" ? readTrace(this.executor, recommendationId) : stored;
  }

  /**
   * Every recommendation of an authority traced, as `trace` gives each: from the stored follow-ups when they
   * are current (one statement), otherwise what tracing them on the fly needs (see readAuthorityTraces).
   */
  async authorityTraces(authorityId: string): Promise<Array<DecidedTraceRow | TraceRow>> {
    const stored = await readStoredAuthorityTraces(this.executor, authorityId);
    return stored === "stale" ? readAuthorityTraces(this.executor, authorityId) : stored;
  }

  /** Its findings hold `findingKeys` (every key when null), their id and polarity. */
  themeTimeline(
    themeId: string,
    authorityId: string,
    findingKeys: readonly FindingKey[] | null,
  ): Promise<TimelineRow | null> {
    return readThemeTimeline(this.executor, themeId, authorityId, findingKeys);
  }

  search(text: string, limit: number): Promise<SearchHitRow[]> {
    return searchEvidence(this.executor, text, limit);
  }

  /** The graph's authorities matched to the reference data, both ways. */
  authorityMatches(): Promise<AuthorityMatches> {
    return readAuthorityMatches(this.executor, this.reference);
  }

  /** Per group of visits, recommendations and weakness findings per theme. */
  async themeTrends(query: ThemeTrendQuery): Promise<ThemeTrendGroup[]> {
    const [visits, matches] = await Promise.all([
      readThemeTrendVisits(this.executor, query.from, query.to),
      query.groupBy === "REGION"
        ? this.authorityMatches()
        : Promise.resolve({ entryOf: new Map(), authorityOf: new Map() }),
    ]);
    return groupThemeTrends(visits, query.groupBy, matches);
  }

  counts(): Promise<GraphCounts> {
    return countGraph(this.executor);
  }

  /** A passage of a document's normalised text; null when there is no such document. */
  async excerpt(documentId: string, start: number, end: number): Promise<string | null> {
    const rows = await this.executor.read(
      "read/document-excerpt",
      { id: documentId, start, end },
      z.object({ text: z.string().nullable() }),
    );
    return rows[0]?.text ?? null;
  }
}
