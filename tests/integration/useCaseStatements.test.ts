import { describe, expect, it } from "vitest";
import type { StatementName } from "../../src/db/statementNames.ts";
import { WORKED_EXAMPLE_REPORTS } from "../helpers/fixtures.ts";
import { useSeededApi } from "../helpers/seededApi.ts";

// Each use-case query, asked as the bench asks it, runs one statement: the one the bench times as its
// Cypher floor. A second statement (a loader, a look-up of the authority) would be a round trip the floor
// does not pay.

const seeded = useSeededApi(WORKED_EXAMPLE_REPORTS);

/** The statements one request runs, by name, after checking it answered without errors. */
async function statementsOf(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<StatementName[]> {
  const names: StatementName[] = [];
  seeded.executor.onStatement = (name) => names.push(name);
  try {
    const { body } = await seeded.api.post(query, variables);
    expect(body.errors).toBeUndefined();
  } finally {
    seeded.executor.onStatement = undefined;
  }
  return names;
}

describe("the use-case queries run their floor's one statement", () => {
  it("recurringServices of one authority", async () => {
    const names = await statementsOf(`{
      recurringServices(authorityId: "hertfordshire", minVisits: 2) {
        service { id name } kind { id name }
        visitCount strengths weaknesses mixed neutral
        visits { visit { id startDate } strengths weaknesses polarity findings { id text polarity } }
      }
    }`);
    expect(names).toEqual(["insights/recurring-services"]);
  });

  it("recurringServices across authorities", async () => {
    const names = await statementsOf(`{
      recurringServices(minVisits: 2) {
        kind { id name } visitCount authorityCount strengths weaknesses mixed neutral
      }
    }`);
    expect(names).toEqual(["insights/recurring-kinds"]);
  });

  it("themeTimeline", async () => {
    const names = await statementsOf(`{
      themeTimeline(themeId: "supervision", authorityId: "hertfordshire") {
        theme { id label } authority { id name }
        entries {
          visit { id type startDate }
          strengths { id text } weaknesses { id text } mixed { id text } recommendations { id text }
        }
      }
    }`);
    expect(names).toEqual(["insights/theme-timeline"]);
  });

  it("traceRecommendation", async () => {
    const { body } = await seeded.api.post(
      `{ recommendations(filter: { authorityId: "hertfordshire" }, first: 1) { nodes { id } } }`,
    );
    const id = body.data.recommendations.nodes[0].id;
    const names = await statementsOf(
      `query ($id: ID!) {
        traceRecommendation(id: $id) {
          recommendation { id text } visit { id startDate } themes { id label } actions { id reference text }
          followUps {
            visit { id startDate } status
            strengths { id text } weaknesses { id text } recommendations { id text }
          }
          overallStatus
        }
      }`,
      { id },
    );
    expect(names).toEqual(["insights/trace-recommendation-stored"]);
  });
});
