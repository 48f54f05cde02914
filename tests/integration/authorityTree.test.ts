import { describe, expect, it } from "vitest";
import type { StatementName } from "../../src/db/statementNames.ts";
import { WORKED_EXAMPLE_REPORTS } from "../helpers/fixtures.ts";
import { useSeededApi } from "../helpers/seededApi.ts";

// A page of authorities asking for their visits, the visits' findings and the services those mention is
// read in one statement and primed into the loaders (src/graphql/loadAuthorityTree.ts). Here its answers
// are compared with the same lists asked from `authority(id:)`, which the level-by-level loaders serve.

const seeded = useSeededApi(WORKED_EXAMPLE_REPORTS);

/** The selection below an authority, with its list arguments as variables. */
const BELOW = `
  id name
  visits(first: $visits, after: $visitsAfter, order: $visitOrder, filter: $visitFilter) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges {
      cursor
      node {
        id type startDate
        findings(first: $findings, after: $findingsAfter, order: $findingOrder, filter: $findingFilter) {
          totalCount
          pageInfo { hasNextPage endCursor }
          nodes {
            id text polarity
            services { id name kind { id name } }
            themes { id label }
            visit { id }
          }
        }
      }
    }
  }`;

/** The variables of BELOW. */
const BELOW_VARIABLES = `$visits: Int, $visitsAfter: String, $visitOrder: SortDirection, $visitFilter: VisitFilter,
  $findings: Int, $findingsAfter: String, $findingOrder: SortDirection, $findingFilter: FindingFilter`;

const NESTED = `query Nested($first: Int, $after: String, $nameContains: String, $order: SortDirection, ${BELOW_VARIABLES}) {
  authorities(first: $first, after: $after, order: $order, filter: { nameContains: $nameContains }) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    nodes { ...Below }
  }
}
fragment Below on Authority { ${BELOW} }`;

const LIST = `query List($first: Int, $after: String, $nameContains: String, $order: SortDirection) {
  authorities(first: $first, after: $after, order: $order, filter: { nameContains: $nameContains }) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    nodes { id }
  }
}`;

const ONE = `query One($id: ID!, ${BELOW_VARIABLES}) { authority(id: $id) { ${BELOW} } }`;

/** The parts of an answer to NESTED the tests look into. */
interface NestedAuthority {
  visits: { edges: Array<{ node: { findings: { nodes: Array<{ services: unknown[] }> } } }> };
}

const cursor = (position: number) => Buffer.from(`position:${position}`).toString("base64url");

async function query(text: string, variables: Record<string, unknown>) {
  const { status, body } = await seeded.api.post(text, variables);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data;
}

/** The statements a request runs, by name. */
async function statementsOf(run: () => Promise<unknown>): Promise<StatementName[]> {
  const names: StatementName[] = [];
  seeded.executor.onStatement = (name) => names.push(name);
  try {
    await run();
  } finally {
    seeded.executor.onStatement = undefined;
  }
  return names;
}

const CASES: Array<[string, Record<string, unknown>]> = [
  [
    "the first page, weaknesses only",
    { first: 10, visits: 5, findings: 10, findingFilter: { polarity: "WEAKNESS" } },
  ],
  [
    "later pages at every level, newest first",
    {
      first: 2,
      after: cursor(0),
      order: "DESC",
      visits: 1,
      visitsAfter: cursor(0),
      visitOrder: "DESC",
      findings: 3,
      findingsAfter: cursor(1),
      findingOrder: "DESC",
    },
  ],
  [
    "filters at every level",
    {
      nameContains: "shire",
      visitFilter: { from: "2020-01-01" },
      findingFilter: { themeId: "leadership-governance", polarity: "STRENGTH" },
      findings: 5,
    },
  ],
  ["no finding at all", { first: 5, findings: 0 }],
];

describe("a page of authorities with their visits and findings", () => {
  it.each(CASES)("answers as the level-by-level loaders do: %s", async (_name, variables) => {
    const nested = await query(NESTED, variables);
    const list = (await query(LIST, variables)).authorities;
    const authorities: NestedAuthority[] = nested.authorities.nodes;
    const visits = authorities.flatMap((a) => a.visits.edges);
    expect(list.nodes.length).toBeGreaterThan(0);
    if (variables.findings !== 0) expect(visits.length).toBeGreaterThan(0);

    const oneByOne = [];
    for (const { id } of list.nodes) oneByOne.push((await query(ONE, { id, ...variables })).authority);
    expect(nested.authorities).toEqual({ ...list, nodes: oneByOne });
  });

  it("finds findings and the services they mention on the seeded graph", async () => {
    const nested = await query(NESTED, { first: 20, visits: 5, findings: 20 });
    const authorities: NestedAuthority[] = nested.authorities.nodes;
    const findings = authorities.flatMap((a) => a.visits.edges.flatMap((e) => e.node.findings.nodes));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.some((f) => f.services.length > 0)).toBe(true);
  });

  it("runs one statement for the four levels, and one without findings", async () => {
    const nested = await statementsOf(() => query(NESTED, CASES[0]![1]));
    expect(nested).toEqual(["read/authority-pages-tree"]);
    const visitsOnly = await statementsOf(() =>
      query(`{ authorities(first: 5) { nodes { id visits(first: 2) { totalCount nodes { id } } } } }`, {}),
    );
    expect(visitsOnly).toEqual(["read/authority-pages-tree"]);
    const alone = await statementsOf(() => query(`{ authorities(first: 5) { nodes { id } } }`, {}));
    expect(alone).toEqual(["read/authorities-page"]);
  });

  // The tree reads only the findings' fields its own selection reads (src/graphql/findingRowKeys.ts).
  it("answers in full every other list of the same findings, whatever the tree read of them", async () => {
    const first = (await query(NESTED, CASES[0]![1])).authorities.nodes as Array<{
      visits: { edges: Array<{ node: { id: string } }> };
    }>;
    const visitId = first.flatMap((a) => a.visits.edges)[0]?.node.id;
    expect(visitId).toBeDefined();
    const fullSelection = `id text section polarity themes { id } services { id } visit { id }
      evidence { start end page text document { id } }`;
    const alone = await query(
      `query Alone($id: ID!) { visit(id: $id) { findings(first: 10) { nodes { ${fullSelection} } } } }`,
      { id: visitId },
    );
    expect(alone.visit.findings.nodes.length).toBeGreaterThan(0);
    const ids = alone.visit.findings.nodes.map(({ id }: { id: string }) => ({ id }));
    const treeVisit = (answer: {
      authorities: { nodes: Array<{ visits: { nodes: Array<{ id: string }> } }> };
    }) =>
      answer.authorities.nodes.flatMap((a) => a.visits.nodes).find((v) => v.id === visitId) as
        Record<string, { nodes: unknown[] }> | undefined;

    // The same page asked in full below the tree, so after the tree has read it.
    const below = await query(
      `query Below {
        authorities(first: 10) { nodes { visits(first: 5) { nodes { id
          findings(first: 10) { nodes { id } }
          authority { visits(first: 5) { nodes { id findings(first: 10) { nodes { ${fullSelection} } } } } }
        } } } }
      }`,
      {},
    );
    const visitBelow = treeVisit(below) as unknown as {
      authority: { visits: { nodes: Array<{ id: string }> } };
    };
    expect(visitBelow.authority.visits.nodes.find((v) => v.id === visitId)).toEqual({
      id: visitId,
      ...alone.visit,
    });
    expect(treeVisit(below)?.findings?.nodes).toEqual(ids);
    // And through a fragment the tree shares with another list.
    const shared = await query(
      `query Shared($id: ID!) {
        authorities(first: 10) { nodes { visits(first: 5) { nodes { id few: findings(first: 10) { nodes { id } } ...Full } } } }
        visit(id: $id) { ...Full }
      }
      fragment Full on Visit { findings(first: 10) { nodes { ${fullSelection} } } }`,
      { id: visitId },
    );
    expect(shared.visit).toEqual(alone.visit);
    expect(treeVisit(shared)?.findings).toEqual(alone.visit.findings);
    expect(treeVisit(shared)?.few?.nodes).toEqual(ids);
  });

  it("leaves a bad page size below to the list that has it", async () => {
    const { body } = await seeded.api.post(
      `{ authorities(first: 2) { nodes { id visits(first: 500) { totalCount } } } }`,
    );
    expect(body.errors?.[0]?.message).toMatch(/'first' must be between 0 and 100, got 500/);
    expect((body.errors?.[0] as { path?: unknown } | undefined)?.path).toEqual([
      "authorities",
      "nodes",
      0,
      "visits",
    ]);
  });
});
