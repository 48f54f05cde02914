import { type FormEvent, useMemo, useState } from "react";
import { GradeTag, Loaded, PlaygroundLink } from "../components.tsx";
import { runQuery, useQuery } from "../graphql.ts";
import { formatDate, humanise, links } from "../links.ts";

const HOME_QUERY = `query Home {
  stats { authorities visits documents recommendations findings }
  authorities(first: 100) {
    nodes { id name region { name } latestJudgements { area grade visit { id startDate } } }
    pageInfo { hasNextPage endCursor }
  }
  visits(order: DESC, first: 10) { nodes { id type startDate authority { id name } } }
}`;

const MORE_AUTHORITIES = `query MoreAuthorities($after: String) {
  authorities(first: 100, after: $after) {
    nodes { id name region { name } latestJudgements { area grade visit { id startDate } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const SEARCH_QUERY = `query Search($text: String!) {
  search(text: $text, first: 20) {
    kind score passage
    finding { id polarity visit { id startDate authority { id name } } }
    recommendation { id visit { id startDate authority { id name } } }
    evidence { start end page document { id title } }
  }
}`;

interface AuthorityRow {
  id: string;
  name: string;
  region: { name: string } | null;
  latestJudgements: Array<{ area: string; grade: string; visit: { id: string; startDate: string | null } }>;
}
interface AuthorityPage {
  nodes: AuthorityRow[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
interface HomeData {
  stats: Record<"authorities" | "visits" | "documents" | "recommendations" | "findings", number>;
  authorities: AuthorityPage;
  visits: {
    nodes: Array<{
      id: string;
      type: string;
      startDate: string | null;
      authority: { id: string; name: string };
    }>;
  };
}
interface SearchHit {
  kind: string;
  passage: string;
  finding: { id: string; polarity: string; visit: VisitRef } | null;
  recommendation: { id: string; visit: VisitRef } | null;
  evidence: { start: number; end: number; page: number | null; document: { id: string; title: string } };
}
interface VisitRef {
  id: string;
  startDate: string | null;
  authority: { id: string; name: string };
}

/** Every page of authorities, following the cursor. */
async function loadHome(): Promise<HomeData> {
  const data = await runQuery<HomeData>(HOME_QUERY);
  let page = data.authorities;
  const nodes = [...page.nodes];
  while (page.pageInfo.hasNextPage) {
    page = (
      await runQuery<{ authorities: AuthorityPage }>(MORE_AUTHORITIES, { after: page.pageInfo.endCursor })
    ).authorities;
    nodes.push(...page.nodes);
  }
  return { ...data, authorities: { ...data.authorities, nodes } };
}

/** Home: what the graph holds, every authority's latest grade, recent visits and a search box. */
export function HomePage() {
  const state = useQuery(loadHome, "home");
  return (
    <>
      <h1 className="govuk-heading-xl">Children's services inspections</h1>
      <p className="govuk-body-l">
        Ofsted's inspections of English councils' children's services, read into a graph: each authority's
        visits and grades, what inspectors found, what they recommended, and what later visits said about it.
      </p>
      <SearchBox />
      <Loaded state={state} what="the graph's contents">
        {(data) => (
          <>
            <Counts stats={data.stats} />
            <h2 className="govuk-heading-l">Latest grade of every authority</h2>
            <AuthorityTable rows={data.authorities.nodes} />
            <h2 className="govuk-heading-l">Recent visits</h2>
            <ul className="govuk-list govuk-list--bullet" id="recent-visits">
              {data.visits.nodes.map((visit) => (
                <li key={visit.id}>
                  <a className="govuk-link" href={links.authority(visit.authority.id)}>
                    {visit.authority.name}
                  </a>{" "}
                  — {humanise(visit.type)}, {formatDate(visit.startDate)}
                </li>
              ))}
            </ul>
          </>
        )}
      </Loaded>
      <PlaygroundLink query={HOME_QUERY} />
    </>
  );
}

function Counts(props: { stats: HomeData["stats"] }) {
  const items: Array<[string, number]> = [
    ["authorities", props.stats.authorities],
    ["visits", props.stats.visits],
    ["documents", props.stats.documents],
    ["recommendations", props.stats.recommendations],
    ["findings", props.stats.findings],
  ];
  return (
    <dl className="explorer-counts" id="counts">
      {items.map(([label, count]) => (
        <div key={label} className="explorer-count">
          <dd className="govuk-heading-l">{count.toLocaleString("en-GB")}</dd>
          <dt className="govuk-body">{label}</dt>
        </div>
      ))}
    </dl>
  );
}

type SortKey = "name" | "region" | "grade" | "date";
const GRADE_ORDER = ["OUTSTANDING", "GOOD", "REQUIRES_IMPROVEMENT", "INADEQUATE"];

/** The overall (or else first) grade of an authority's latest graded visit. */
function latest(row: AuthorityRow) {
  return row.latestJudgements.find((j) => j.area === "OVERALL_EFFECTIVENESS") ?? row.latestJudgements[0];
}

function AuthorityTable(props: { rows: AuthorityRow[] }) {
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: "name", ascending: true });
  const sorted = useMemo(() => {
    const value = (row: AuthorityRow): string | number => {
      const judgement = latest(row);
      if (sort.key === "name") return row.name;
      if (sort.key === "region") return row.region?.name ?? "~";
      if (sort.key === "grade") return judgement ? GRADE_ORDER.indexOf(judgement.grade) : 99;
      return judgement?.visit.startDate ?? "";
    };
    return [...props.rows].sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const order = x < y ? -1 : x > y ? 1 : a.name.localeCompare(b.name);
      return sort.ascending ? order : -order;
    });
  }, [props.rows, sort]);
  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        className="govuk-table__header"
        aria-sort={active ? (sort.ascending ? "ascending" : "descending") : "none"}
      >
        <button
          type="button"
          className="explorer-sort"
          onClick={() => setSort({ key, ascending: active ? !sort.ascending : true })}
        >
          {label}
          {active ? (sort.ascending ? " ▲" : " ▼") : ""}
        </button>
      </th>
    );
  };
  if (props.rows.length === 0) return <p className="govuk-body">The graph holds no authority yet.</p>;
  return (
    <table className="govuk-table" id="authorities">
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {header("name", "Authority")}
          {header("region", "Region")}
          {header("grade", "Latest grade")}
          {header("date", "Graded at")}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {sorted.map((row) => {
          const judgement = latest(row);
          return (
            <tr className="govuk-table__row" key={row.id}>
              <td className="govuk-table__cell">
                <a className="govuk-link" href={links.authority(row.id)}>
                  {row.name}
                </a>
              </td>
              <td className="govuk-table__cell">{row.region?.name ?? ""}</td>
              <td className="govuk-table__cell">
                {judgement ? <GradeTag grade={judgement.grade} /> : "no grade"}
              </td>
              <td className="govuk-table__cell">{judgement ? formatDate(judgement.visit.startDate) : ""}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Full-text search over findings and recommendations; results link to their pages. */
function SearchBox() {
  const initial = new URLSearchParams(window.location.search).get("q") ?? "";
  const [text, setText] = useState(initial);
  const [submitted, setSubmitted] = useState(initial);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(text.trim());
    const url = text.trim() ? `/?q=${encodeURIComponent(text.trim())}` : "/";
    window.history.replaceState(null, "", url);
  };
  return (
    <form className="explorer-search" role="search" onSubmit={onSubmit}>
      <label className="govuk-label govuk-label--m" htmlFor="search">
        Search findings and recommendations
      </label>
      <div className="explorer-search__row">
        <input
          className="govuk-input"
          id="search"
          name="q"
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="govuk-button">
          Search
        </button>
      </div>
      {submitted ? <SearchResults text={submitted} /> : null}
    </form>
  );
}

function SearchResults(props: { text: string }) {
  const state = useQuery(
    () => runQuery<{ search: SearchHit[] }>(SEARCH_QUERY, { text: props.text }),
    `search:${props.text}`,
  );
  return (
    <section id="search-results" aria-live="polite">
      <Loaded state={state} what="search results">
        {(data) =>
          data.search.length === 0 ? (
            <p className="govuk-body">Nothing found for ‘{props.text}’.</p>
          ) : (
            <ol className="govuk-list explorer-results">
              {data.search.map((hit, index) => {
                const visit = hit.finding?.visit ?? hit.recommendation?.visit;
                const href = hit.recommendation
                  ? links.recommendation(hit.recommendation.id)
                  : links.document(hit.evidence.document.id, hit.evidence);
                return (
                  <li key={index} className="explorer-result">
                    <a className="govuk-link" href={href}>
                      {hit.recommendation
                        ? "Recommendation"
                        : `Finding (${humanise(hit.finding?.polarity ?? "")})`}
                      {visit ? ` — ${visit.authority.name}, ${formatDate(visit.startDate)}` : ""}
                    </a>
                    <p className="govuk-body-s">{highlighted(hit.passage)}</p>
                  </li>
                );
              })}
            </ol>
          )
        }
      </Loaded>
      <PlaygroundLink query={SEARCH_QUERY} variables={{ text: props.text }} />
    </section>
  );
}

/** A search passage with the API's «matched» words as marks. */
function highlighted(passage: string) {
  return passage
    .split(/(«[^»]*»)/)
    .map((part, i) => (part.startsWith("«") ? <mark key={i}>{part.slice(1, -1)}</mark> : part));
}
