import { GradeChart } from "../GradeChart.tsx";
import { GradeTag, Loaded, NotFound, PlaygroundLink, StatusTag } from "../components.tsx";
import { type QueryState, runQuery, useQuery } from "../graphql.ts";
import { formatDate, humanise, links } from "../links.ts";

const AUTHORITY_QUERY = `query Authority($id: ID!) {
  authority(id: $id) {
    id name region { name } type
    statisticalNeighbours { id name }
    visits(first: 100) {
      nodes {
        id type startDate endDate
        judgements { area grade }
        documents { id title kind }
        recommendations(first: 100) { nodes { id ordinal text themes { id label } } }
        themeCounts { theme { id label } strengths weaknesses }
      }
    }
  }
  recurringServices(authorityId: $id, minVisits: 2) {
    service { id name }
    kind { id name }
    visitCount strengths weaknesses
    visits { visit { id startDate } strengths weaknesses }
  }
}`;

const TRACES_QUERY = `query AuthorityTraces($id: ID!) {
  authority(id: $id) {
    recommendationTraces {
      recommendation { id }
      overallStatus
      followUps { visit { id startDate } status confidence }
    }
  }
}`;

interface Visit {
  id: string;
  type: string;
  startDate: string | null;
  judgements: Array<{ area: string; grade: string }>;
  documents: Array<{ id: string; title: string; kind: string }>;
  recommendations: {
    nodes: Array<{ id: string; ordinal: number; text: string; themes: Array<{ id: string; label: string }> }>;
  };
  themeCounts: Array<{ theme: { id: string; label: string }; strengths: number; weaknesses: number }>;
}
interface AuthorityData {
  authority: {
    id: string;
    name: string;
    region: { name: string } | null;
    type: string | null;
    statisticalNeighbours: Array<{ id: string; name: string }>;
    visits: { nodes: Visit[] };
  } | null;
  recurringServices: Array<{
    service: { id: string; name: string } | null;
    kind: { id: string; name: string };
    visitCount: number;
    strengths: number;
    weaknesses: number;
    visits: Array<{ visit: { id: string; startDate: string | null }; strengths: number; weaknesses: number }>;
  }>;
}
interface Trace {
  recommendation: { id: string };
  overallStatus: string;
  followUps: Array<{ visit: { id: string; startDate: string | null }; status: string; confidence: string }>;
}

/** Every trace of an authority's recommendations by recommendation id: one request, one statement. */
async function loadTraces(id: string): Promise<Map<string, Trace>> {
  const data = await runQuery<{ authority: { recommendationTraces: Trace[] } | null }>(TRACES_QUERY, { id });
  return new Map(data.authority?.recommendationTraces.map((t) => [t.recommendation.id, t]));
}

/** One authority: visits and grades over time, recommendations with their trace, services, themes. */
export function AuthorityPage(props: { id: string }) {
  const state = useQuery(() => runQuery<AuthorityData>(AUTHORITY_QUERY, { id: props.id }), props.id);
  // Asked for at the same time as the page's query, not after it: the badges wait for one request only.
  const traces = useQuery(() => loadTraces(props.id), props.id);
  return (
    <>
      <Loaded state={state} what="the authority">
        {(data) =>
          data.authority ? <Authority data={data} traces={traces} /> : <NotFound what="authority" />
        }
      </Loaded>
      <PlaygroundLink query={AUTHORITY_QUERY} variables={{ id: props.id }} />
    </>
  );
}

function Authority(props: { data: AuthorityData; traces: QueryState<Map<string, Trace>> }) {
  const authority = props.data.authority!;
  const visits = authority.visits.nodes;
  const { traces } = props;
  const traceOf = (id: string): Trace | null | undefined =>
    traces.status === "done" ? (traces.data.get(id) ?? null) : undefined;
  return (
    <>
      <span className="govuk-caption-l">
        {[authority.type, authority.region?.name].filter(Boolean).join(", ")}
      </span>
      <h1 className="govuk-heading-xl">{authority.name}</h1>
      <p className="govuk-body">
        <a className="govuk-link" href={links.graph("authority", authority.id)}>
          See {authority.name} as a graph
        </a>
      </p>

      <h2 className="govuk-heading-l">Visits and grades</h2>
      {visits.length === 0 ? (
        <p className="govuk-body">No visit recorded yet.</p>
      ) : (
        <>
          {visits.some((v) => v.judgements.length > 0) ? <GradeChart visits={visits} /> : null}
          <table className="govuk-table" id="visits">
            <caption className="govuk-table__caption govuk-table__caption--m">
              Each visit, oldest first
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Date
                </th>
                <th scope="col" className="govuk-table__header">
                  Visit
                </th>
                <th scope="col" className="govuk-table__header">
                  Grades
                </th>
                <th scope="col" className="govuk-table__header">
                  Documents
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {visits.map((visit) => (
                <tr className="govuk-table__row" key={visit.id} data-visit={visit.id}>
                  <td className="govuk-table__cell">{formatDate(visit.startDate)}</td>
                  <td className="govuk-table__cell">
                    <a className="govuk-link" href={links.visit(visit.id)}>
                      {humanise(visit.type)}
                    </a>
                  </td>
                  <td className="govuk-table__cell">
                    {visit.judgements.length === 0
                      ? "not graded"
                      : visit.judgements.map((j) => (
                          <div key={j.area}>
                            {humanise(j.area)}: <GradeTag grade={j.grade} />
                          </div>
                        ))}
                  </td>
                  <td className="govuk-table__cell">
                    {visit.documents.map((d) => (
                      <div key={d.id}>
                        <a className="govuk-link" href={links.document(d.id)}>
                          {d.title}
                        </a>
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h2 className="govuk-heading-l">Recommendations and what later visits said</h2>
      {traces.status === "error" ? (
        <p className="govuk-body govuk-error-message">
          Could not trace the recommendations: {traces.message}
        </p>
      ) : null}
      {visits.filter((v) => v.recommendations.nodes.length > 0).length === 0 ? (
        <p className="govuk-body">No recommendation recorded yet.</p>
      ) : (
        visits
          .filter((v) => v.recommendations.nodes.length > 0)
          .map((visit) => (
            <section key={visit.id} className="explorer-visit-recommendations" data-visit={visit.id}>
              <h3 className="govuk-heading-m">
                <a className="govuk-link" href={links.visit(visit.id)}>
                  {humanise(visit.type)}, {formatDate(visit.startDate)}
                </a>
              </h3>
              <ol className="govuk-list govuk-list--number">
                {visit.recommendations.nodes.map((rec) => {
                  const trace = traceOf(rec.id);
                  return (
                    <li key={rec.id} className="explorer-recommendation" data-recommendation={rec.id}>
                      <a className="govuk-link" href={links.recommendation(rec.id)}>
                        {rec.text}
                      </a>
                      <div className="explorer-badges">
                        {trace === undefined ? (
                          traces.status === "error" ? null : (
                            <span className="govuk-body-s explorer-loading" role="status">
                              Tracing…
                            </span>
                          )
                        ) : !trace || trace.followUps.length === 0 ? (
                          <span className="govuk-body-s">No later visit yet</span>
                        ) : (
                          trace.followUps.map((f) => (
                            <span key={f.visit.id} className="explorer-badge" data-follow-up={f.visit.id}>
                              {formatDate(f.visit.startDate)}: <StatusTag status={f.status} />
                            </span>
                          ))
                        )}
                      </div>
                    </li>
                  );
                })}
              </ol>
            </section>
          ))
      )}

      <PlaygroundLink
        query={TRACES_QUERY}
        variables={{ id: authority.id }}
        label="See the GraphQL query of these statuses in the playground"
      />

      <h2 className="govuk-heading-l">Services that recur</h2>
      <RecurringServices services={props.data.recurringServices} />

      <h2 className="govuk-heading-l">Themes over time</h2>
      <ThemeHeatMap visits={visits} />

      <h2 className="govuk-heading-l">Statistical neighbours</h2>
      {authority.statisticalNeighbours.length === 0 ? (
        <p className="govuk-body">The graph holds none of its statistical neighbours yet.</p>
      ) : (
        <ul className="govuk-list">
          {authority.statisticalNeighbours.map((n) => (
            <li key={n.id}>
              <a className="govuk-link" href={links.authority(n.id)}>
                {n.name}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function RecurringServices(props: { services: AuthorityData["recurringServices"] }) {
  if (props.services.length === 0)
    return <p className="govuk-body">No service is named at two visits or more yet.</p>;
  return (
    <table className="govuk-table" id="recurring-services">
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Service
          </th>
          <th scope="col" className="govuk-table__header">
            Per visit: praised / criticised
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {props.services.map((s) => (
          <tr className="govuk-table__row" key={s.service?.id ?? s.kind.id}>
            <td className="govuk-table__cell">
              {s.service?.name ?? s.kind.name} (
              <a className="govuk-link" href={links.serviceKind(s.kind.id)}>
                {s.kind.name}
              </a>
              )
            </td>
            <td className="govuk-table__cell">
              {s.visits.map((v) => (
                <div key={v.visit.id}>
                  {formatDate(v.visit.startDate)}: {v.strengths} praised, {v.weaknesses} criticised
                </div>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Rows: themes; columns: visits; cells: strengths and weaknesses, coloured by their balance. */
function ThemeHeatMap(props: { visits: Visit[] }) {
  const themes = new Map<string, string>();
  const counts = new Map<string, { s: number; w: number }>();
  for (const visit of props.visits) {
    for (const { theme, strengths, weaknesses } of visit.themeCounts) {
      if (strengths + weaknesses === 0) continue;
      themes.set(theme.id, theme.label);
      counts.set(`${theme.id}|${visit.id}`, { s: strengths, w: weaknesses });
    }
  }
  if (themes.size === 0) return <p className="govuk-body">No strength or weakness recorded yet.</p>;
  const rows = [...themes].sort((a, b) => a[1].localeCompare(b[1]));
  return (
    <div className="explorer-scroll">
      <table className="govuk-table explorer-heatmap" id="theme-heatmap">
        <caption className="govuk-table__caption govuk-table__caption--s">
          Strengths (+) and weaknesses (−) per theme at each visit; green where strengths outnumber weaknesses
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Theme
            </th>
            {props.visits.map((v) => (
              <th scope="col" className="govuk-table__header" key={v.id}>
                {formatDate(v.startDate)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map(([id, label]) => (
            <tr className="govuk-table__row" key={id}>
              <th scope="row" className="govuk-table__header">
                <a className="govuk-link" href={links.theme(id)}>
                  {label}
                </a>
              </th>
              {props.visits.map((v) => {
                const cell = counts.get(`${id}|${v.id}`);
                if (!cell || cell.s + cell.w === 0) return <td className="govuk-table__cell" key={v.id} />;
                const balance = (cell.s - cell.w) / (cell.s + cell.w);
                const colour =
                  balance > 0
                    ? `rgba(0,112,60,${0.15 + 0.5 * balance})`
                    : `rgba(212,53,28,${0.15 - 0.5 * balance})`;
                return (
                  <td className="govuk-table__cell" key={v.id} style={{ background: colour }}>
                    +{cell.s} −{cell.w}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
