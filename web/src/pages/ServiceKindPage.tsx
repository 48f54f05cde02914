import { NodePage, PolarityTag } from "../components.tsx";
import { formatDate, links } from "../links.ts";
import { CountsChart } from "./ThemePage.tsx";

const SERVICE_KIND_QUERY = `query ServiceKind($id: ID!) {
  serviceKind(id: $id) { id name acronym services(first: 100) { totalCount nodes { id name authority { id name } } } }
  findings(filter: { serviceKindId: $id }, order: DESC, first: 100) {
    totalCount
    nodes { id text polarity visit { id startDate authority { id name } } evidence { start end document { id } } }
  }
  recommendations(filter: { serviceKindId: $id }, order: DESC, first: 100) {
    totalCount
    nodes { id text visit { id startDate authority { id name } } }
  }
}`;

interface VisitRef {
  id: string;
  startDate: string | null;
  authority: { id: string; name: string };
}
interface ServiceKindData {
  serviceKind: {
    id: string;
    name: string;
    acronym: string | null;
    services: {
      totalCount: number;
      nodes: Array<{ id: string; name: string; authority: { id: string; name: string } }>;
    };
  } | null;
  findings: {
    totalCount: number;
    nodes: Array<{
      id: string;
      text: string;
      polarity: string;
      visit: VisitRef;
      evidence: { start: number; end: number; document: { id: string } };
    }>;
  };
  recommendations: { totalCount: number; nodes: Array<{ id: string; text: string; visit: VisitRef }> };
}

/** A kind of service across authorities: praise, criticism and recommendations per year, examples. */
export function ServiceKindPage(props: { id: string }) {
  return (
    <NodePage<ServiceKindData>
      query={SERVICE_KIND_QUERY}
      id={props.id}
      what="the kind of service"
      notFound="kind of service"
    >
      {(data) => (data.serviceKind ? <ServiceKind data={data} /> : null)}
    </NodePage>
  );
}

function ServiceKind(props: { data: ServiceKindData }) {
  const { serviceKind: kind, findings, recommendations } = props.data;
  const years = new Map<string, Record<string, number>>();
  const count = (date: string | null, series: string) => {
    const year = date?.slice(0, 4) ?? "unknown";
    const row = years.get(year) ?? {};
    row[series] = (row[series] ?? 0) + 1;
    years.set(year, row);
  };
  for (const f of findings.nodes) {
    if (f.polarity === "STRENGTH") count(f.visit.startDate, "strengths");
    if (f.polarity === "WEAKNESS") count(f.visit.startDate, "weaknesses");
  }
  for (const r of recommendations.nodes) count(r.visit.startDate, "recommendations");
  const rows = [...years].sort(([a], [b]) => a.localeCompare(b)).map(([key, counts]) => ({ key, counts }));
  return (
    <>
      <span className="govuk-caption-l">Kind of service</span>
      <h1 className="govuk-heading-xl">
        {kind!.name}
        {kind!.acronym ? ` (${kind!.acronym})` : ""}
      </h1>
      <p className="govuk-body">
        {kind!.services.totalCount} services of this kind; {findings.totalCount} findings and{" "}
        {recommendations.totalCount} recommendations name one. The chart counts the latest 100 of each.
      </p>
      {rows.length > 0 ? (
        <CountsChart rows={rows} series={["strengths", "weaknesses", "recommendations"]} />
      ) : null}
      <h2 className="govuk-heading-m">Where it is</h2>
      <ul className="govuk-list">
        {kind!.services.nodes.map((s) => (
          <li key={s.id}>
            {s.name},{" "}
            <a className="govuk-link" href={links.authority(s.authority.id)}>
              {s.authority.name}
            </a>
          </li>
        ))}
      </ul>
      <h2 className="govuk-heading-m">Example sentences</h2>
      {findings.nodes.length === 0 ? <p className="govuk-body">No finding names it yet.</p> : null}
      <ul className="govuk-list">
        {findings.nodes.slice(0, 15).map((f) => (
          <li key={f.id}>
            <PolarityTag polarity={f.polarity} />{" "}
            <a className="govuk-link" href={links.document(f.evidence.document.id, f.evidence)}>
              {f.text}
            </a>{" "}
            ({f.visit.authority.name}, {formatDate(f.visit.startDate)})
          </li>
        ))}
      </ul>
    </>
  );
}
