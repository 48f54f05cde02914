import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Executor } from "../../src/db/Executor.ts";
import { ingestFixtures, WORKED_EXAMPLE_REPORTS } from "../helpers/fixtures.ts";
import { startTestApi, type TestApi } from "../helpers/startTestApi.ts";
import { openTestDatabase } from "../helpers/testDatabase.ts";

let executor: Executor;
let api: TestApi;

beforeAll(async () => {
  executor = await openTestDatabase();
  await ingestFixtures(executor, WORKED_EXAMPLE_REPORTS.slice(0, 2));
  api = await startTestApi(executor);
});

afterAll(async () => {
  await api?.stop();
  await executor?.close();
});

/** `{ a0: <field> a1: <field> ... }` with `count` aliases. */
const aliased = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(" ")} }`;

describe("cost limit", () => {
  it("refuses stats under 1,000 aliases before any statement runs, naming the limit", async () => {
    const before = executor.statementCount;
    const { status, body } = await api.post(aliased(1000, "stats { documents findings }"));
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(body.errors?.[0]?.message).toMatch(/over the cost limit of 1000000/);
    expect(executor.statementCount).toBe(before);
  });

  it("counts every alias of a cheap top-level field, and repeats in fragments", async () => {
    const before = executor.statementCount;
    const cheap = await api.post(aliased(1000, 'authority(id: "hertfordshire") { name }'));
    expect(cheap.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    const fragments = await api.post(
      `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: stats { ...S }`).join(" ")} } fragment S on Stats { documents }`,
    );
    expect(fragments.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(executor.statementCount).toBe(before);
  });

  it("judges one query text anew for each set of variables", async () => {
    // The estimate is remembered per query; the page sizes that make the cost come in the variables.
    const nested = `query Nested($n: Int) {
      authorities(first: $n) { nodes { visits(first: $n) { nodes { findings(first: $n) { nodes { text } } } } } }
    }`;
    const ask = async (n: number) => (await api.post(nested, { n })).body.errors?.[0]?.extensions?.code;
    expect(await ask(2)).toBeUndefined();
    expect(await ask(100)).toBe("QUERY_TOO_COMPLEX");
    expect(await ask(2)).toBeUndefined();
    expect(await ask(100)).toBe("QUERY_TOO_COMPLEX");
  });

  it("still answers a few aliases, and two hundred traces in one request", async () => {
    const few = await api.post(aliased(3, "stats { documents }"));
    expect(few.body.errors).toBeUndefined();
    expect(few.body.data.a2.documents).toBe(2);
    const traces = await api.post(aliased(200, `traceRecommendation(id: "none") { overallStatus }`));
    expect(traces.body.errors).toBeUndefined();
    expect(traces.body.data.a199).toBeNull();
  });
});

describe("query timeout", () => {
  it("stops a read over its time limit with QUERY_TIMEOUT while a cheap request is served", async () => {
    const slow = await readFile(new URL("../fixtures/cypher/slow-count.cypher", import.meta.url), "utf8");
    // The service's statements, with `stats`'s count replaced by one that would take minutes.
    const limited = new Executor(
      executor.driver,
      executor.registry.withStatements({ "graph/count-nodes": slow }),
      executor.database,
      executor.bookmarks,
      { readTimeoutMs: 300 },
    );
    const limitedApi = await startTestApi(limited);
    try {
      const finished: string[] = [];
      const held = limitedApi.post("{ stats { documents } }").then((r) => {
        finished.push("slow");
        return r;
      });
      const cheap = await limitedApi.post(`{ authority(id: "hertfordshire") { name } }`);
      finished.push("cheap");
      expect(cheap.body.errors).toBeUndefined();
      expect(cheap.body.data.authority.name).toMatch(/Hertfordshire/);

      const { status, body } = await held;
      expect(finished).toEqual(["cheap", "slow"]);
      expect(status).toBe(200);
      expect(body.errors?.[0]?.extensions?.code).toBe("QUERY_TIMEOUT");
      expect(body.errors?.[0]?.message).toMatch(/longer than the limit of 300 ms \(QUERY_TIMEOUT_MS\)/);
      expect(JSON.stringify(body)).not.toMatch(/UNWIND|Neo\./);

      // The database is free again: the same API answers the next request.
      const after = await limitedApi.post(`{ authorities(first: 1) { totalCount } }`);
      expect(after.body.data.authorities.totalCount).toBeGreaterThan(0);
    } finally {
      await limitedApi.stop();
    }
  });
});
