import { type ReactNode, useEffect } from "react";
import { Loaded, NotFound, PlaygroundLink } from "../components.tsx";
import { runQuery, useQuery } from "../graphql.ts";
import { formatDate, humanise, links, passageAnchor } from "../links.ts";

const DOCUMENT_QUERY = `query Document($id: ID!) {
  document(id: $id) {
    id title kind date source pageCount textLength
    visit { id type startDate authority { id name } }
    findings(first: 100) {
      nodes { id polarity evidence { start end } }
      pageInfo { hasNextPage endCursor }
    }
    recommendations(first: 100) {
      nodes { id ordinal evidence { start end } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

/** The most `excerpt` gives at once. */
const CHUNK = 5000;

interface Marked {
  id: string;
  start: number;
  end: number;
  kind: "finding" | "recommendation";
  polarity?: string;
}
interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
interface DocumentData {
  document: {
    id: string;
    title: string;
    kind: string;
    date: string | null;
    source: string;
    pageCount: number | null;
    textLength: number;
    visit: { id: string; type: string; startDate: string | null; authority: { id: string; name: string } };
    findings: Page<{ id: string; polarity: string; evidence: { start: number; end: number } }>;
    recommendations: Page<{ id: string; ordinal: number; evidence: { start: number; end: number } }>;
  } | null;
}

/** The document, all its findings and recommendations (every page), and its whole text. */
async function loadDocument(id: string) {
  const first = await runQuery<DocumentData>(DOCUMENT_QUERY, { id });
  const document = first.document;
  if (!document) return null;
  // The text and the rest of the findings and recommendations are independent: asked for at the same time.
  const chunks = Math.ceil(document.textLength / CHUNK);
  const fields = Array.from(
    { length: chunks },
    (_, i) => `c${i}: excerpt(start: ${i * CHUNK}, end: ${Math.min((i + 1) * CHUNK, document.textLength)})`,
  ).join(" ");
  const [findings, recommendations, text] = await Promise.all([
    allPages("findings", id, document.findings),
    allPages("recommendations", id, document.recommendations),
    chunks === 0
      ? ""
      : runQuery<{ document: Record<string, string> }>(
          `query DocumentText($id: ID!) { document(id: $id) { ${fields} } }`,
          { id },
        ).then((data) => Array.from({ length: chunks }, (_, i) => data.document[`c${i}`] ?? "").join("")),
  ]);
  const marks: Marked[] = [
    ...findings.map((f) => ({ id: f.id, ...f.evidence, kind: "finding" as const, polarity: f.polarity })),
    ...recommendations.map((r) => ({ id: r.id, ...r.evidence, kind: "recommendation" as const })),
  ];
  return { document, marks, text };
}

/** The rest of a document's findings or recommendations after the first page, following the cursor. */
async function allPages<T extends { id: string }>(
  field: "findings" | "recommendations",
  id: string,
  first: Page<T>,
): Promise<T[]> {
  const nodes = [...first.nodes];
  let pageInfo = first.pageInfo;
  const fields =
    field === "findings" ? "id polarity evidence { start end }" : "id ordinal evidence { start end }";
  while (pageInfo.hasNextPage) {
    const data = await runQuery<{ document: Record<string, Page<T>> }>(
      `query DocumentPage($id: ID!, $after: String) { document(id: $id) { ${field}(first: 100, after: $after) { nodes { ${fields} } pageInfo { hasNextPage endCursor } } } }`,
      { id, after: pageInfo.endCursor },
    );
    const page = data.document[field];
    if (!page) break;
    nodes.push(...page.nodes);
    pageInfo = page.pageInfo;
  }
  return nodes;
}

/** The passage named by the page's `#passage-<start>-<end>`, if any. */
function targetPassage(): { start: number; end: number } | null {
  const match = /^#passage-(\d+)-(\d+)$/.exec(window.location.hash);
  return match ? { start: Number(match[1]), end: Number(match[2]) } : null;
}

/** A document's text with findings highlighted by polarity and recommendations marked. */
export function DocumentPage(props: { id: string }) {
  const state = useQuery(() => loadDocument(props.id), props.id);
  useEffect(() => {
    if (state.status !== "done") return;
    const scroll = () => {
      const element = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
      if (!element) return;
      element.scrollIntoView({ block: "center" });
      element.classList.add("explorer-target");
    };
    scroll();
    window.addEventListener("hashchange", scroll);
    return () => window.removeEventListener("hashchange", scroll);
  }, [state.status]);
  return (
    <>
      <Loaded state={state} what="the document">
        {(data) => (data ? <DocumentText {...data} /> : <NotFound what="document" />)}
      </Loaded>
      <PlaygroundLink query={DOCUMENT_QUERY} variables={{ id: props.id }} />
    </>
  );
}

function DocumentText(props: {
  document: NonNullable<DocumentData["document"]>;
  marks: Marked[];
  text: string;
}) {
  const { document: doc, text } = props;
  const target = targetPassage();
  // Marks in text order; one that overlaps an earlier one is left out (the linked passage first).
  const wanted: Array<Marked | { kind: "target"; start: number; end: number; id: string }> = [];
  if (target && !props.marks.some((m) => m.start === target.start && m.end === target.end))
    wanted.push({ kind: "target", ...target, id: "target" });
  wanted.push(...props.marks);
  const placed: typeof wanted = [];
  for (const mark of wanted) {
    if (mark.end <= mark.start || mark.start < 0 || mark.end > text.length) continue;
    if (placed.some((p) => mark.start < p.end && p.start < mark.end)) continue;
    placed.push(mark);
  }
  placed.sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const mark of placed) {
    if (mark.start > at) parts.push(text.slice(at, mark.start));
    const className =
      mark.kind === "finding"
        ? `explorer-finding explorer-finding--${(mark as Marked).polarity?.toLowerCase()}`
        : mark.kind === "recommendation"
          ? "explorer-recommendation-mark"
          : "explorer-passage";
    const content = text.slice(mark.start, mark.end);
    parts.push(
      <mark
        key={mark.start}
        id={passageAnchor(mark.start, mark.end)}
        className={className}
        title={mark.kind === "finding" ? humanise((mark as Marked).polarity ?? "") : mark.kind}
      >
        {mark.kind === "recommendation" ? (
          <a className="govuk-link" href={links.recommendation(mark.id)}>
            {content}
          </a>
        ) : (
          content
        )}
      </mark>,
    );
    at = mark.end;
  }
  parts.push(text.slice(at));
  return (
    <>
      <span className="govuk-caption-l">
        <a className="govuk-link" href={links.authority(doc.visit.authority.id)}>
          {doc.visit.authority.name}
        </a>
        , {humanise(doc.visit.type)} of {formatDate(doc.visit.startDate)}
      </span>
      <h1 className="govuk-heading-l">{doc.title}</h1>
      <p className="govuk-body-s">
        {humanise(doc.kind)}, {formatDate(doc.date)}
        {doc.pageCount ? `, ${doc.pageCount} pages` : ""}. Source: {doc.source}.{" "}
        <a className="govuk-link" href={links.graph("document", doc.id)}>
          See it as a graph
        </a>
      </p>
      <p className="govuk-body-s explorer-legend">
        <mark className="explorer-finding explorer-finding--strength">strength</mark>{" "}
        <mark className="explorer-finding explorer-finding--weakness">weakness</mark>{" "}
        <mark className="explorer-finding explorer-finding--mixed">mixed</mark>{" "}
        <mark className="explorer-finding explorer-finding--neutral">neutral</mark>{" "}
        <mark className="explorer-recommendation-mark">recommendation</mark>
      </p>
      {text.length === 0 ? (
        <p className="govuk-body">The document has no text.</p>
      ) : (
        <div className="explorer-document-text" id="document-text">
          {parts}
        </div>
      )}
    </>
  );
}
