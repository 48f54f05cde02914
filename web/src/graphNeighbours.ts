import { runQuery } from "./graphql.ts";
import { formatDate, humanise, links } from "./links.ts";

/** A node of the explorer's graph: `kind:id`, with a label and the explorer page that shows it. */
export interface GraphNode {
  key: string;
  kind: string;
  label: string;
  href: string | null;
}
/** A node's neighbourhood: the node, its neighbours, and the edges between them (either direction). */
export interface Neighbourhood {
  node: GraphNode | null;
  neighbours: GraphNode[];
  edges: Array<{ source: string; target: string; label: string }>;
}

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const node = (kind: string, id: string, label: string, href: string | null = null): GraphNode => ({
  key: `${kind}:${id}`,
  kind,
  label,
  href,
});
const authority = (a: Raw) => node("authority", a.id, a.name, links.authority(a.id));
const visit = (v: Raw) =>
  node("visit", v.id, `${humanise(v.type)} ${formatDate(v.startDate)}`, links.visit(v.id));
const recommendation = (r: Raw) =>
  node(
    "recommendation",
    r.id,
    `Recommendation ${r.ordinal}: ${String(r.text).slice(0, 40)}…`,
    links.recommendation(r.id),
  );
const documentNode = (d: Raw) => node("document", d.id, String(d.title).slice(0, 50), links.document(d.id));
const theme = (t: Raw) => node("theme", t.id, t.label, links.theme(t.id));
const service = (s: Raw) => node("service", s.id, s.name, null);
const serviceKind = (k: Raw) => node("service-kind", k.id, k.name, links.serviceKind(k.id));

/** What to ask for each kind of node, and how its answer becomes neighbours with edge labels. */
const KINDS: Record<string, { query: string; read: (data: Raw) => Neighbourhood | null }> = {
  authority: {
    query: `query GraphAuthority($id: ID!) { authority(id: $id) { id name visits(first: 100) { nodes { id type startDate } } statisticalNeighbours { id name } } }`,
    read: ({ authority: a }) =>
      a && {
        node: authority(a),
        neighbours: [...a.visits.nodes.map(visit), ...a.statisticalNeighbours.map(authority)],
        edges: [
          ...a.visits.nodes.map((v: Raw) => ({
            source: `visit:${v.id}`,
            target: `authority:${a.id}`,
            label: "OF_AUTHORITY",
          })),
          ...a.statisticalNeighbours.map((n: Raw) => ({
            source: `authority:${a.id}`,
            target: `authority:${n.id}`,
            label: "NEIGHBOUR",
          })),
        ],
      },
  },
  visit: {
    query: `query GraphVisit($id: ID!) { visit(id: $id) { id type startDate authority { id name } previousVisit { id type startDate } nextVisit { id type startDate } documents { id title } recommendations(first: 100) { nodes { id ordinal text } } } }`,
    read: ({ visit: v }) => {
      if (!v) return null;
      const self = `visit:${v.id}`;
      const around = [v.previousVisit, v.nextVisit].filter(Boolean);
      return {
        node: visit(v),
        neighbours: [
          authority(v.authority),
          ...around.map(visit),
          ...v.documents.map(documentNode),
          ...v.recommendations.nodes.map(recommendation),
        ],
        edges: [
          { source: self, target: `authority:${v.authority.id}`, label: "OF_AUTHORITY" },
          ...(v.previousVisit
            ? [{ source: self, target: `visit:${v.previousVisit.id}`, label: "FOLLOWS" }]
            : []),
          ...(v.nextVisit ? [{ source: `visit:${v.nextVisit.id}`, target: self, label: "FOLLOWS" }] : []),
          ...v.documents.map((d: Raw) => ({ source: `document:${d.id}`, target: self, label: "DESCRIBES" })),
          ...v.recommendations.nodes.map((r: Raw) => ({
            source: self,
            target: `recommendation:${r.id}`,
            label: "HAS_RECOMMENDATION",
          })),
        ],
      };
    },
  },
  recommendation: {
    query: `query GraphRecommendation($id: ID!) { recommendation(id: $id) { id ordinal text visit { id type startDate } themes { id label } services { id name } evidence { document { id title } } repeats { id ordinal text } repeatedBy { id ordinal text } } }`,
    read: ({ recommendation: r }) => {
      if (!r) return null;
      const self = `recommendation:${r.id}`;
      return {
        node: recommendation(r),
        neighbours: [
          visit(r.visit),
          documentNode(r.evidence.document),
          ...r.themes.map(theme),
          ...r.services.map(service),
          ...r.repeats.map(recommendation),
          ...r.repeatedBy.map(recommendation),
        ],
        edges: [
          { source: `visit:${r.visit.id}`, target: self, label: "HAS_RECOMMENDATION" },
          { source: self, target: `document:${r.evidence.document.id}`, label: "FROM_DOCUMENT" },
          ...r.themes.map((t: Raw) => ({ source: self, target: `theme:${t.id}`, label: "ABOUT_THEME" })),
          ...r.services.map((s: Raw) => ({ source: self, target: `service:${s.id}`, label: "MENTIONS" })),
          ...r.repeats.map((x: Raw) => ({
            source: self,
            target: `recommendation:${x.id}`,
            label: "REPEATS",
          })),
          ...r.repeatedBy.map((x: Raw) => ({
            source: `recommendation:${x.id}`,
            target: self,
            label: "REPEATS",
          })),
        ],
      };
    },
  },
  document: {
    query: `query GraphDocument($id: ID!) { document(id: $id) { id title visit { id type startDate } recommendations(first: 100) { nodes { id ordinal text } } services { id name } } }`,
    read: ({ document: d }) => {
      if (!d) return null;
      const self = `document:${d.id}`;
      return {
        node: documentNode(d),
        neighbours: [
          visit(d.visit),
          ...d.recommendations.nodes.map(recommendation),
          ...d.services.map(service),
        ],
        edges: [
          { source: self, target: `visit:${d.visit.id}`, label: "DESCRIBES" },
          ...d.recommendations.nodes.map((r: Raw) => ({
            source: `recommendation:${r.id}`,
            target: self,
            label: "FROM_DOCUMENT",
          })),
          ...d.services.map((s: Raw) => ({ source: self, target: `service:${s.id}`, label: "NAMES" })),
        ],
      };
    },
  },
  theme: {
    query: `query GraphTheme($id: ID!) { theme(id: $id) { id label recommendations(order: DESC, first: 50) { nodes { id ordinal text } } } }`,
    read: ({ theme: t }) =>
      t && {
        node: theme(t),
        neighbours: t.recommendations.nodes.map(recommendation),
        edges: t.recommendations.nodes.map((r: Raw) => ({
          source: `recommendation:${r.id}`,
          target: `theme:${t.id}`,
          label: "ABOUT_THEME",
        })),
      },
  },
  service: {
    query: `query GraphService($id: ID!) { service(id: $id) { id name authority { id name } kind { id name } } }`,
    read: ({ service: s }) =>
      s && {
        node: service(s),
        neighbours: [authority(s.authority), serviceKind(s.kind)],
        edges: [
          { source: `service:${s.id}`, target: `authority:${s.authority.id}`, label: "OF_AUTHORITY" },
          { source: `service:${s.id}`, target: `service-kind:${s.kind.id}`, label: "OF_KIND" },
        ],
      },
  },
  "service-kind": {
    query: `query GraphServiceKind($id: ID!) { serviceKind(id: $id) { id name services(first: 100) { nodes { id name } } } }`,
    read: ({ serviceKind: k }) =>
      k && {
        node: serviceKind(k),
        neighbours: k.services.nodes.map(service),
        edges: k.services.nodes.map((s: Raw) => ({
          source: `service:${s.id}`,
          target: `service-kind:${k.id}`,
          label: "OF_KIND",
        })),
      },
  },
};

/** The GraphQL query that reads a kind of node's neighbours, for the playground link. */
export function neighbourQuery(kind: string): string | null {
  return KINDS[kind]?.query ?? null;
}

/** Fetches a node (`kind:id`) and its neighbours; null when the graph has no such node. */
export async function loadNeighbourhood(key: string): Promise<Neighbourhood | null> {
  const split = key.indexOf(":");
  const kind = key.slice(0, split);
  const id = key.slice(split + 1);
  const spec = KINDS[kind];
  if (!spec || split < 0)
    throw new Error(
      `No graph view for '${key}': use authority:, visit:, recommendation:, document:, theme:, service: or service-kind:`,
    );
  return spec.read(await runQuery<Raw>(spec.query, { id }));
}
