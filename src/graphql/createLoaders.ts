import DataLoader from "dataloader";
import { NODE_LABELS, type NodeLabel, type RowOf } from "../store/entities.ts";
import type { GraphStore } from "../store/GraphStore.ts";
import type { Page } from "../store/Page.ts";
import { PAGES, type PageItem, type PageName } from "../store/pages.ts";
import type { PageRequest } from "../store/readPages.ts";
import type { AuthorityMatches } from "../store/reference/readAuthorityMatches.ts";
import type { RelationName, RelationRow } from "../store/relations.ts";
import type { FindingRow, ServiceRow } from "../store/rows.ts";
import { ReadAheadPages } from "./ReadAheadPages.ts";
import { themeRow } from "./themeRow.ts";

/** A page wanted for one parent (null for a top-level list). */
export interface PageKey {
  parent: string | null;
  request: PageRequest;
}

type NodeLoaders = { [L in NodeLabel]: DataLoader<string, RowOf<L> | null> };
type PageLoaders = { [N in PageName]: DataLoader<PageKey, Page<PageItem<N>>, string> };
type RelationLoaders = { [N in RelationName]: DataLoader<string, RelationRow<N> | null> };

export interface Loaders {
  node: NodeLoaders;
  page: PageLoaders;
  related: RelationLoaders;
  /** The graph's authorities matched to the reference data, read at most once per request. */
  authorityMatches(): Promise<AuthorityMatches>;
  /**
   * Services a prefetch has read in this request (also primed into `node.Service`), by id: lets the
   * resolvers of long lists answer synchronously.
   */
  servicesRead: Map<string, ServiceRow>;
  /** Findings pages read ahead for particular fields, holding only what those fields read. */
  findingsReadAhead: ReadAheadPages<FindingRow>;
}

/**
 * The per-request loaders: every lookup a query makes of one kind in one tick becomes one statement,
 * so a nested query costs a fixed number of round trips whatever the number of rows. Made anew for
 * each request, so nothing is cached across requests.
 */
export function createLoaders(store: GraphStore): Loaders {
  const node = <L extends NodeLabel>(label: L) =>
    new DataLoader((ids: readonly string[]) => store.nodes(label, ids));
  const related = <N extends RelationName>(name: N) =>
    new DataLoader((ids: readonly string[]) => store.related(name, ids));
  const page = <N extends PageName>(name: N) =>
    new DataLoader<PageKey, Page<PageItem<N>>, string>(
      async (keys) => {
        // Keys asking for the same request differ only in their parent: one statement per request.
        const groups = new Map<string, PageKey[]>();
        for (const key of keys) {
          const group = JSON.stringify(key.request);
          groups.set(group, [...(groups.get(group) ?? []), key]);
        }
        const answers = new Map<PageKey, Page<PageItem<N>>>();
        await Promise.all(
          [...groups.values()].map(async (group) => {
            const pages = await store.pages(
              name,
              group.map((k) => k.parent),
              (group[0] as PageKey).request,
            );
            for (const [i, key] of group.entries()) answers.set(key, pages[i] as Page<PageItem<N>>);
          }),
        );
        return keys.map((key) => answers.get(key) as Page<PageItem<N>>);
      },
      { cacheKeyFn: (key) => JSON.stringify(key) },
    );
  let matches: Promise<AuthorityMatches> | null = null;
  return {
    authorityMatches: () => (matches ??= store.authorityMatches()),
    servicesRead: new Map(),
    findingsReadAhead: new ReadAheadPages(),
    node: {
      ...(Object.fromEntries(NODE_LABELS.map((label) => [label, node(label)])) as NodeLoaders),
      // The taxonomy is fixed and the graph's Theme nodes are made from it: answer from memory.
      Theme: new DataLoader(async (ids: readonly string[]) => ids.map(themeRow)),
    },
    page: Object.fromEntries(
      (Object.keys(PAGES) as PageName[]).map((name) => [name, page(name)]),
    ) as PageLoaders,
    related: {
      visitInspectors: related("visitInspectors"),
      visitDocuments: related("visitDocuments"),
      visitJudgements: related("visitJudgements"),
      authorityLatestJudgements: related("authorityLatestJudgements"),
      visitActions: related("visitActions"),
      visitThemeCounts: related("visitThemeCounts"),
      visitNeighbours: related("visitNeighbours"),
      documentActions: related("documentActions"),
      documentServices: related("documentServices"),
      documentPeople: related("documentPeople"),
      serviceRelations: related("serviceRelations"),
      recommendationActions: related("recommendationActions"),
      recommendationRepeats: related("recommendationRepeats"),
      personLinks: related("personLinks"),
    },
  };
}
