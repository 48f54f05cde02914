import DataLoader from "dataloader";
import { themeById } from "../domain/ThemeTaxonomy.ts";
import type { GraphStore } from "../store/GraphStore.ts";
import type { Page } from "../store/Page.ts";
import type { PageItem, PageName } from "../store/pages.ts";
import type { PageRequest } from "../store/readPages.ts";
import type { AuthorityMatches } from "../store/reference/readAuthorityMatches.ts";
import type { RelationName, RelationRow } from "../store/relations.ts";
import type { NodeLabel, RowOf } from "../store/rows.ts";

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
    node: {
      Authority: node("Authority"),
      Visit: node("Visit"),
      Judgement: node("Judgement"),
      Inspector: node("Inspector"),
      Person: node("Person"),
      Document: node("Document"),
      Finding: node("Finding"),
      Recommendation: node("Recommendation"),
      Action: node("Action"),
      Service: node("Service"),
      ServiceKind: node("ServiceKind"),
      // The taxonomy is fixed and the graph's Theme nodes are made from it: answer from memory.
      Theme: new DataLoader(async (ids: readonly string[]) =>
        ids.map((id) => {
          const theme = themeById(id);
          return theme ? { id: theme.id, label: theme.label, description: theme.description } : null;
        }),
      ),
    },
    page: {
      authorities: page("authorities"),
      visits: page("visits"),
      judgements: page("judgements"),
      inspectors: page("inspectors"),
      inspectorVisits: page("inspectorVisits"),
      people: page("people"),
      documents: page("documents"),
      findings: page("findings"),
      recommendations: page("recommendations"),
      actions: page("actions"),
      services: page("services"),
      serviceKinds: page("serviceKinds"),
      themes: page("themes"),
    },
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
