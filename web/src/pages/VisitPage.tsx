import type { ReactNode } from "react";
import { GradeTag, Loaded, NodePage, PolarityTag } from "../components.tsx";
import { runQuery, useQuery } from "../graphql.ts";
import { formatDate, humanise, links } from "../links.ts";

const VISIT_QUERY = `query Visit($id: ID!) {
  visit(id: $id) {
    id type startDate endDate framework focusAreas sequenceNumber
    previousJudgement { grade date }
    authority { id name }
    judgements { area grade }
    inspectors { lead inspector { id name } }
    documents { id title kind date }
    recommendations(first: 100) { nodes { id ordinal text themes { id label } } }
    previousVisit { id type startDate }
    nextVisit { id type startDate }
  }
}`;

const FINDINGS_QUERY = `query VisitFindings($id: ID!, $after: String) {
  visit(id: $id) {
    findings(first: 100, after: $after) {
      nodes { id text polarity themes { id label } evidence { start end page document { id kind } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

interface VisitRef {
  id: string;
  type: string;
  startDate: string | null;
}
interface VisitData {
  visit:
    | (VisitRef & {
        endDate: string | null;
        framework: string | null;
        focusAreas: string[];
        sequenceNumber: number | null;
        previousJudgement: { grade: string; date: string | null } | null;
        authority: { id: string; name: string };
        judgements: Array<{ area: string; grade: string }>;
        inspectors: Array<{ lead: boolean; inspector: { id: string; name: string } }>;
        documents: Array<{ id: string; title: string; kind: string; date: string | null }>;
        recommendations: {
          nodes: Array<{
            id: string;
            ordinal: number;
            text: string;
            themes: Array<{ id: string; label: string }>;
          }>;
        };
        previousVisit: VisitRef | null;
        nextVisit: VisitRef | null;
      })
    | null;
}
interface Finding {
  id: string;
  text: string;
  polarity: string;
  themes: Array<{ id: string; label: string }>;
  evidence: { start: number; end: number; page: number | null; document: { id: string; kind: string } };
}

/** Every finding of a visit, a page of 100 at a time (a report holds a few hundred). */
async function loadFindings(id: string): Promise<Finding[]> {
  const all: Finding[] = [];
  let after: string | null = null;
  for (;;) {
    const data: {
      visit: {
        findings: { nodes: Finding[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      } | null;
    } = await runQuery(FINDINGS_QUERY, { id, after });
    if (!data.visit) return all;
    all.push(...data.visit.findings.nodes);
    if (!data.visit.findings.pageInfo.hasNextPage) return all;
    after = data.visit.findings.pageInfo.endCursor;
  }
}

const visitTitle = (v: VisitRef) => `${humanise(v.type)}, ${formatDate(v.startDate)}`;

/** One visit: its grades, inspectors, documents, recommendations, and its findings by theme. */
export function VisitPage(props: { id: string }) {
  return (
    <NodePage<VisitData> query={VISIT_QUERY} id={props.id} what="the visit" notFound="visit">
      {(data) => (data.visit ? <Visit visit={data.visit} /> : null)}
    </NodePage>
  );
}

function Visit(props: { visit: NonNullable<VisitData["visit"]> }) {
  const { visit } = props;
  const findings = useQuery(() => loadFindings(visit.id), visit.id);
  return (
    <>
      <span className="govuk-caption-l">
        <a className="govuk-link" href={links.authority(visit.authority.id)}>
          {visit.authority.name}
        </a>
        {visit.framework ? `, ${visit.framework}` : ""}
      </span>
      <h1 className="govuk-heading-xl">{visitTitle(visit)}</h1>
      <dl className="govuk-summary-list" id="visit-summary">
        <Row label="Dates">
          {formatDate(visit.startDate)}
          {visit.endDate && visit.endDate !== visit.startDate ? ` to ${formatDate(visit.endDate)}` : ""}
        </Row>
        {visit.sequenceNumber ? <Row label="Monitoring visit">number {visit.sequenceNumber}</Row> : null}
        {visit.previousJudgement ? (
          <Row label="Judgement it follows">
            <GradeTag grade={visit.previousJudgement.grade} /> {formatDate(visit.previousJudgement.date)}
          </Row>
        ) : null}
        {visit.focusAreas.length > 0 ? <Row label="Focus">{visit.focusAreas.join("; ")}</Row> : null}
        <Row label="Grades">
          {visit.judgements.length === 0
            ? "Not graded"
            : visit.judgements.map((j) => (
                <div key={j.area}>
                  {humanise(j.area)}: <GradeTag grade={j.grade} />
                </div>
              ))}
        </Row>
        <Row label="Inspectors">
          {visit.inspectors.length === 0
            ? "Not named in the documents"
            : visit.inspectors.map((i) => (
                <div key={i.inspector.id}>
                  {i.inspector.name}
                  {i.lead ? " (lead)" : ""}
                </div>
              ))}
        </Row>
        <Row label="Documents">
          {visit.documents.map((d) => (
            <div key={d.id}>
              <a className="govuk-link" href={links.document(d.id)}>
                {d.title}
              </a>{" "}
              ({humanise(d.kind)}, {formatDate(d.date)})
            </div>
          ))}
        </Row>
        <Row label="Before and after">
          {visit.previousVisit ? (
            <div>
              Previous:{" "}
              <a className="govuk-link" href={links.visit(visit.previousVisit.id)}>
                {visitTitle(visit.previousVisit)}
              </a>
            </div>
          ) : (
            <div>No earlier visit in the graph</div>
          )}
          {visit.nextVisit ? (
            <div>
              Next:{" "}
              <a className="govuk-link" href={links.visit(visit.nextVisit.id)}>
                {visitTitle(visit.nextVisit)}
              </a>
            </div>
          ) : (
            <div>No later visit yet</div>
          )}
        </Row>
      </dl>
      <p className="govuk-body">
        <a className="govuk-link" href={links.graph("visit", visit.id)}>
          See this visit as a graph
        </a>
      </p>

      <h2 className="govuk-heading-l">Recommendations</h2>
      {visit.recommendations.nodes.length === 0 ? (
        <p className="govuk-body">No recommendation recorded for this visit.</p>
      ) : (
        <ol className="govuk-list govuk-list--number" id="visit-recommendations">
          {visit.recommendations.nodes.map((r) => (
            <li key={r.id}>
              <a className="govuk-link" href={links.recommendation(r.id)}>
                {r.text}
              </a>
              {r.themes.length > 0 ? (
                <span className="govuk-body-s"> — {r.themes.map((t) => t.label).join(", ")}</span>
              ) : null}
            </li>
          ))}
        </ol>
      )}

      <h2 className="govuk-heading-l">Findings by theme</h2>
      <Loaded state={findings} what="the findings">
        {(list) => <FindingsByTheme findings={list} />}
      </Loaded>
    </>
  );
}

function Row(props: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{props.label}</dt>
      <dd className="govuk-summary-list__value">{props.children}</dd>
    </div>
  );
}

const NO_THEME = { id: "", label: "No theme" };

/** Findings grouped by their first (most central) theme, most discussed theme first, each with its polarity. */
function FindingsByTheme(props: { findings: Finding[] }) {
  if (props.findings.length === 0) return <p className="govuk-body">No finding recorded for this visit.</p>;
  const groups = new Map<string, { theme: { id: string; label: string }; findings: Finding[] }>();
  for (const finding of props.findings) {
    const theme = finding.themes[0] ?? NO_THEME;
    const group = groups.get(theme.id) ?? { theme, findings: [] };
    group.findings.push(finding);
    groups.set(theme.id, group);
  }
  const count = (list: Finding[], polarity: string) => list.filter((f) => f.polarity === polarity).length;
  // Most discussed theme first; findings with no theme last, however many.
  const ordered = [...groups.values()].sort(
    (a, b) =>
      Number(a.theme === NO_THEME) - Number(b.theme === NO_THEME) ||
      b.findings.length - a.findings.length ||
      a.theme.label.localeCompare(b.theme.label),
  );
  return (
    <div id="visit-findings">
      <p className="govuk-body">
        {props.findings.length} findings: {count(props.findings, "STRENGTH")} strengths,{" "}
        {count(props.findings, "WEAKNESS")} weaknesses, {count(props.findings, "MIXED")} mixed,{" "}
        {count(props.findings, "NEUTRAL")} neutral. Each is listed under its most central theme, with the
        document it comes from.
      </p>
      {ordered.map(({ theme, findings }) => (
        <details className="govuk-details explorer-theme-group" key={theme.id} data-theme={theme.id}>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              {theme.label}: {count(findings, "STRENGTH")} strengths, {count(findings, "WEAKNESS")} weaknesses
              {count(findings, "MIXED") > 0 ? `, ${count(findings, "MIXED")} mixed` : ""}
            </span>
          </summary>
          <div className="govuk-details__text">
            {theme.id ? (
              <p className="govuk-body-s">
                <a className="govuk-link" href={links.theme(theme.id)}>
                  {theme.label} across authorities
                </a>
              </p>
            ) : null}
            <ul className="govuk-list">
              {findings.map((f) => (
                <li key={f.id} className="explorer-result">
                  <PolarityTag polarity={f.polarity} />{" "}
                  <a
                    className="govuk-link explorer-passage-link"
                    href={links.document(f.evidence.document.id, f.evidence)}
                  >
                    {f.text}
                  </a>
                  <span className="govuk-body-s">
                    {" "}
                    ({humanise(f.evidence.document.kind)}
                    {f.evidence.page ? `, page ${f.evidence.page}` : ""})
                  </span>
                </li>
              ))}
            </ul>
          </div>
        </details>
      ))}
    </div>
  );
}
