import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from "chart.js";
import { useEffect, useRef } from "react";
import { NodePage } from "../components.tsx";
import { formatDate, links } from "../links.ts";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/** Counts per year as grouped bars; the same counts are in the table under it. */
export function CountsChart(props: {
  rows: Array<{ key: string; counts: Record<string, number> }>;
  series: string[];
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const colours = ["#00703c", "#d4351c", "#1d70b8"];
    const chart = new Chart(canvas.current, {
      type: "bar",
      data: {
        labels: props.rows.map((r) => r.key),
        datasets: props.series.map((name, i) => ({
          label: name,
          data: props.rows.map((r) => r.counts[name] ?? 0),
          backgroundColor: colours[i % colours.length],
        })),
      },
      options: { animation: false, maintainAspectRatio: false },
    });
    return () => chart.destroy();
  }, [props.rows, props.series]);
  return (
    <div className="explorer-chart" role="img" aria-label="Counts per year">
      <canvas ref={canvas} />
    </div>
  );
}

const THEME_QUERY = `query Theme($id: ID!) {
  theme(id: $id) {
    id label description
    strengths: findings(filter: { polarity: STRENGTH }, first: 1) { totalCount }
    weaknesses: findings(filter: { polarity: WEAKNESS }, order: DESC, first: 10) {
      totalCount
      nodes { id text visit { id startDate authority { id name } } evidence { start end document { id } } }
    }
    recommendations(order: DESC, first: 100) {
      totalCount
      nodes { id text visit { id startDate authority { id name } } }
    }
  }
  themeTrends(groupBy: YEAR) { key themes { theme { id } recommendations weaknesses } }
}`;

interface ThemeData {
  theme: {
    id: string;
    label: string;
    description: string;
    strengths: { totalCount: number };
    weaknesses: {
      totalCount: number;
      nodes: Array<{
        id: string;
        text: string;
        visit: VisitRef;
        evidence: { start: number; end: number; document: { id: string } };
      }>;
    };
    recommendations: { totalCount: number; nodes: Array<{ id: string; text: string; visit: VisitRef }> };
  } | null;
  themeTrends: Array<{
    key: string;
    themes: Array<{ theme: { id: string }; recommendations: number; weaknesses: number }>;
  }>;
}
interface VisitRef {
  id: string;
  startDate: string | null;
  authority: { id: string; name: string };
}

/** A theme across authorities and years: counts, a chart per year, where it recurs, examples. */
export function ThemePage(props: { id: string }) {
  return (
    <NodePage<ThemeData> query={THEME_QUERY} id={props.id} what="the theme" notFound="theme">
      {(data) => (data.theme ? <Theme data={data} /> : null)}
    </NodePage>
  );
}

function Theme(props: { data: ThemeData }) {
  const theme = props.data.theme!;
  const rows = props.data.themeTrends.map((group) => {
    const entry = group.themes.find((t) => t.theme.id === theme.id);
    return {
      key: group.key,
      counts: { recommendations: entry?.recommendations ?? 0, weaknesses: entry?.weaknesses ?? 0 },
    };
  });
  const recurring = new Map<string, { name: string; visits: Set<string> }>();
  for (const r of theme.recommendations.nodes) {
    const entry = recurring.get(r.visit.authority.id) ?? { name: r.visit.authority.name, visits: new Set() };
    entry.visits.add(r.visit.id);
    recurring.set(r.visit.authority.id, entry);
  }
  const recurs = [...recurring].filter(([, e]) => e.visits.size > 1);
  return (
    <>
      <span className="govuk-caption-l">Theme</span>
      <h1 className="govuk-heading-xl">{theme.label}</h1>
      <p className="govuk-body">{theme.description}</p>
      <p className="govuk-body" id="theme-counts">
        {theme.strengths.totalCount} strengths, {theme.weaknesses.totalCount} weaknesses and{" "}
        {theme.recommendations.totalCount} recommendations across all authorities.
      </p>
      <h2 className="govuk-heading-m">Recommendations and weaknesses per year</h2>
      {rows.length > 0 ? (
        <CountsChart rows={rows} series={["recommendations", "weaknesses"]} />
      ) : (
        <p className="govuk-body">No visit yet.</p>
      )}
      <h2 className="govuk-heading-m">Authorities where it recurs</h2>
      {recurs.length === 0 ? (
        <p className="govuk-body">
          No authority was recommended it at more than one visit (of the latest 100 recommendations).
        </p>
      ) : (
        <ul className="govuk-list">
          {recurs.map(([id, e]) => (
            <li key={id}>
              <a className="govuk-link" href={links.authority(id)}>
                {e.name}
              </a>
              : {e.visits.size} visits
            </li>
          ))}
        </ul>
      )}
      <h2 className="govuk-heading-m">Latest recommendations</h2>
      <ul className="govuk-list govuk-list--bullet">
        {theme.recommendations.nodes.slice(0, 10).map((r) => (
          <li key={r.id}>
            <a className="govuk-link" href={links.recommendation(r.id)}>
              {r.text}
            </a>{" "}
            ({r.visit.authority.name}, {formatDate(r.visit.startDate)})
          </li>
        ))}
      </ul>
      <h2 className="govuk-heading-m">Latest weaknesses</h2>
      <ul className="govuk-list govuk-list--bullet">
        {theme.weaknesses.nodes.map((f) => (
          <li key={f.id}>
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
