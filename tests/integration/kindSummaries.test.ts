import { describe, expect, it } from "vitest";
import { ingestFixtures, WORKED_EXAMPLE_REPORTS } from "../helpers/fixtures.ts";
import { useSeededApi } from "../helpers/seededApi.ts";
import { TEST_API_KEY } from "../helpers/startTestApi.ts";

const authorised = { authorization: `Bearer ${TEST_API_KEY}` };

const seeded = useSeededApi(WORKED_EXAMPLE_REPORTS);

const COUNTS = "kind { id } service { id } visitCount authorityCount strengths weaknesses mixed neutral";

/** The national recurrences twice: from the kept counts (no visits asked) and counted from the findings. */
async function bothWays(minVisits: number) {
  const kept = await seeded.api.post(`{ recurringServices(minVisits: ${minVisits}) { ${COUNTS} } }`);
  const counted = await seeded.api.post(
    `{ recurringServices(minVisits: ${minVisits}) { ${COUNTS} visits { visit { id } } } }`,
  );
  expect(kept.body.errors).toBeUndefined();
  expect(counted.body.errors).toBeUndefined();
  const strip = (rows: Array<Record<string, unknown>>) => rows.map(({ visits: _v, ...rest }) => rest);
  return { kept: kept.body.data.recurringServices, counted: strip(counted.body.data.recurringServices) };
}

describe("per-kind counts of service mentions", () => {
  it("answer the national recurrences as counting the findings does, and stay right after a delete and a re-ingest", async () => {
    const first = await bothWays(1);
    expect(first.kept.length).toBeGreaterThan(3);
    expect(first.kept).toEqual(first.counted);
    expect((await bothWays(2)).kept).toEqual((await bothWays(2)).counted);

    // Delete a report that mentions services: the counts of its kinds fall, and still agree.
    const docs = await seeded.api.post(
      `{ documents(first: 100) { nodes { id visit { authority { id } } } } }`,
    );
    const herefordshire = docs.body.data.documents.nodes.find(
      (d: { visit: { authority: { id: string } } }) => d.visit.authority.id === "herefordshire",
    );
    expect(herefordshire).toBeDefined();
    const deleted = await seeded.api.post(
      `mutation { deleteDocument(id: "${herefordshire.id}") { id } }`,
      {},
      authorised,
    );
    expect(deleted.body.errors).toBeUndefined();
    const afterDelete = await bothWays(1);
    expect(afterDelete.kept).toEqual(afterDelete.counted);
    const total = (rows: Array<{ visitCount: number }>) => rows.reduce((n, r) => n + r.visitCount, 0);
    expect(total(afterDelete.kept)).toBeLessThan(total(first.kept));

    // Ingest it again: back to the first counts.
    await ingestFixtures(seeded.executor, WORKED_EXAMPLE_REPORTS);
    const again = await bothWays(1);
    expect(again.kept).toEqual(again.counted);
    expect(again.kept).toEqual(first.kept);
  });
});
