import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Executor } from "../../src/db/Executor.ts";
import { seedGraph } from "../../src/ingest/seedGraph.ts";
import { countGraph, type GraphCounts } from "../../src/store/countGraph.ts";
import { ingestFixtures } from "../helpers/fixtures.ts";
import { openTestDatabase } from "../helpers/testDatabase.ts";

let executor: Executor;
let afterSeeding: GraphCounts;

beforeAll(async () => {
  executor = await openTestDatabase();
  const summary = await seedGraph(executor);
  expect(summary).toMatchObject({ ingested: 5, failed: 0 });
  afterSeeding = await countGraph(executor);
});
afterAll(async () => {
  await executor?.close();
});

describe("seeding", () => {
  it("stores the five seed documents as four visits of two authorities", () => {
    expect(afterSeeding.nodes).toMatchObject({
      Document: 5,
      Visit: 4, // Hertfordshire 2011, 2018 (news article and council report), 2021; Herefordshire 2024
      Authority: 2,
      Inspector: 5, // Tom Anthony, Nigel Parkes, Jeff Banham, Alison Smale, Ceri Evans
      Judgement: 4, // the October 2018 inspection's four judgements
      Action: 9, // the council's action plan
      Recommendation: 12, // 2 (2021) + 4 (2011) + 3 (news) + 3 (council report)
    });
    expect(afterSeeding.nodes.Finding).toBeGreaterThan(100);
    expect(afterSeeding.nodes.Theme).toBeGreaterThan(30);
    expect(afterSeeding.relationships).toBeGreaterThan(afterSeeding.nodes.Finding ?? 0);
  });

  it("changes no count when seeded again", async () => {
    const again = await seedGraph(executor);
    expect(again).toMatchObject({ unchanged: 5, ingested: 0, failed: 0 });
    expect(await countGraph(executor)).toEqual(afterSeeding);
  });

  it("joins the Ofsted report of October 2018 to the visit of the news article and council report", async () => {
    const summary = await ingestFixtures(executor, ["80475_hertfordshire__19-november-2018.pdf"]);
    expect(summary.ingested).toBe(1);
    const counts = await countGraph(executor);
    expect(counts.nodes.Visit).toBe(afterSeeding.nodes.Visit);
    expect(counts.nodes.Document).toBe(6);
    const rows = await executor.readTransaction((tx) =>
      tx.run("read/visit-documents", { ids: ["hertfordshire/2018-10"] }),
    );
    const kinds = ((rows[0]?.items ?? []) as Array<{ kind: string }>).map((d) => d.kind).sort();
    expect(kinds).toEqual(["COUNCIL_REPORT", "NEWS_ARTICLE", "OFSTED_REPORT"]);
  });
});
