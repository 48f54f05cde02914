import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Executor } from "../../src/db/Executor.ts";
import { ingestDocument } from "../../src/ingest/ingestDocument.ts";
import { relinkAuthority } from "../../src/store/documentWriter.ts";
import { deleteDocument } from "../../src/store/storeDocument.ts";
import { relinkPendingAuthorities } from "../../src/store/relinkPendingAuthorities.ts";
import { countGraph } from "../../src/store/countGraph.ts";
import { prepareGraph } from "../../src/store/prepareGraph.ts";
import { VisitRow } from "../../src/store/rows.ts";
import type { InspectionRecord } from "../../src/domain/InspectionRecord.ts";
import { makeRecord } from "../helpers/makeRecord.ts";
import { clearDatabase, openTestDatabase } from "../helpers/testDatabase.ts";

let executor: Executor;

beforeAll(async () => {
  executor = await openTestDatabase();
});
afterAll(async () => {
  await executor.close();
});
beforeEach(async () => {
  await clearDatabase(executor);
  await prepareGraph(executor);
});

const visitChain = () =>
  executor.readTransaction((tx) => tx.run("graph/list-visit-chain", { authorityId: "testshire" }));
const pendingAuthorities = () => executor.readTransaction((tx) => tx.run("graph/list-pending-authorities"));
/** What is derived from all of an authority's documents: visit properties and FOLLOWS, and REPEATS. */
const derived = async () => ({
  visits: await executor.readTransaction((tx) => tx.run("graph/visit-fingerprint")),
  repeats: await executor.readTransaction((tx) =>
    tx.run("graph/list-authority-recommendations", { authorityId: "testshire" }),
  ),
  counts: await countGraph(executor),
});
const DATES = ["2019-03-04", "2011-05-17", "2024-10-22"];

describe("writing documents to the graph", () => {
  it("writes through Bolt and reads the document back", async () => {
    const result = await ingestDocument(executor, makeRecord("a"));
    expect(result.status).toBe("INGESTED");
    const counts = await countGraph(executor);
    expect(counts.nodes).toMatchObject({
      Document: 1,
      Visit: 1,
      Authority: 1,
      Finding: 2,
      Recommendation: 1,
    });
    expect(counts.nodes.Service).toBe(1);
    expect(counts.nodes.Inspector).toBe(1);
  });

  it("leaves every count unchanged when the same document is ingested again", async () => {
    await ingestDocument(executor, makeRecord("a"));
    const before = await countGraph(executor);
    const again = await ingestDocument(executor, makeRecord("a"));
    expect(again.status).toBe("UNCHANGED");
    expect(await countGraph(executor)).toEqual(before);
  });

  it("joins a second document about the same visit to the existing visit", async () => {
    await ingestDocument(executor, makeRecord("report"));
    await ingestDocument(
      executor,
      makeRecord("council", {
        document: { kind: "COUNCIL_REPORT" },
        visit: { startDate: "2021-07", endDate: null },
      }),
    );
    const counts = await countGraph(executor);
    expect(counts.nodes.Visit).toBe(1);
    expect(counts.nodes.Document).toBe(2);
  });

  it("chains visits in date order whatever order they arrive in", async () => {
    const dates = ["2019-03-04", "2011-05-17", "2024-10-22"];
    for (const date of dates)
      await ingestDocument(executor, makeRecord(date, { visit: { startDate: date } }));
    const forward = await visitChain();
    await clearDatabase(executor);
    await prepareGraph(executor);
    for (const date of [...dates].reverse())
      await ingestDocument(executor, makeRecord(date, { visit: { startDate: date } }));
    expect(await visitChain()).toEqual(forward);
    expect(forward.map((r) => [r.later, r.earlier])).toEqual([
      ["testshire/2019-03", "testshire/2011-05"],
      ["testshire/2024-10", "testshire/2019-03"],
    ]);
  });

  it("deletes a document and only what it alone supported", async () => {
    await ingestDocument(executor, makeRecord("report"));
    const empty = await countGraph(executor);
    await ingestDocument(executor, makeRecord("other", { visit: { startDate: "2023-01-23" } }));
    const otherId = makeRecord("other").record.document.id;
    expect(await deleteDocument(executor, otherId)).toBe(true);
    expect(await countGraph(executor)).toEqual(empty);
    expect(await deleteDocument(executor, otherId)).toBe(false);
  });

  it("plans the document's statement once, whatever the sizes of its lists", async () => {
    // How many plans the query caches held, emptying them.
    const clearPlans = async () => {
      const [row] = await executor.writeTransaction((tx) => tx.run("admin/clear-query-caches"));
      return Number(/of (\d+) quer/.exec(String(row?.value))?.[1]);
    };
    const write = (key: string, changes: Parameters<typeof makeRecord>[1] = {}) =>
      ingestDocument(executor, makeRecord(key, changes), undefined, undefined, "batch");
    await clearPlans();
    await write("a");
    const oneDocument = await clearPlans();
    expect(oneDocument).toBeGreaterThan(0);
    // Lists of sizes in other buckets (0, 1, up to 10, up to 100): Neo4j would plan a statement taking
    // them as list parameters of their own once per mix.
    const finding = makeRecord("a").record.findings[0]!;
    const findings = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ ...finding, ordinal: i + 1, text: `Finding ${i + 1}.` }));
    await write("b", { findings: findings(15), recommendations: [] });
    await write("c", { findings: findings(120), inspectors: [] });
    await write("d", { findings: findings(3) });
    expect(await clearPlans()).toBe(oneDocument);
  });

  it("writes a document in one statement, and relinks its authority in the same transaction", async () => {
    const before = executor.statementCount;
    await ingestDocument(executor, makeRecord("a"), undefined, undefined, "batch");
    // The look-up of a stored copy, then the document with everything extracted from it.
    expect(executor.statementCount - before).toBe(2);
    expect(await pendingAuthorities()).toEqual([{ authorityId: "testshire" }]);
    await ingestDocument(executor, makeRecord("b", { visit: { startDate: "2024-10-22" } }));
    expect(await pendingAuthorities()).toEqual([]);
    expect((await visitChain()).map((r) => [r.later, r.earlier])).toEqual([
      ["testshire/2024-10", "testshire/2021-07"],
    ]);
  });

  it("relinks an authority once for a batch of its documents, giving what relinking after each gives", async () => {
    for (const date of DATES)
      await ingestDocument(executor, makeRecord(date, { visit: { startDate: date } }));
    const eachTime = await derived();
    await clearDatabase(executor);
    await prepareGraph(executor);
    for (const date of DATES)
      await ingestDocument(
        executor,
        makeRecord(date, { visit: { startDate: date } }),
        undefined,
        undefined,
        "batch",
      );
    // Until the batch is relinked, no chain: a batch stopped here leaves its authority pending.
    expect(await visitChain()).toEqual([]);
    expect(await pendingAuthorities()).toEqual([{ authorityId: "testshire" }]);
    // Meanwhile each new visit reads as a whole visit, from the document that created it.
    const pending = await executor.readTransaction((tx) =>
      tx.run("read/visits-by-ids", { ids: eachTime.visits.map((v) => v.id) }),
    );
    expect(pending.map((row) => VisitRow.parse(row.node).startDate).sort()).toEqual([...DATES].sort());
    expect(await relinkPendingAuthorities(executor)).toBe(1);
    expect(await pendingAuthorities()).toEqual([]);
    expect(await derived()).toEqual(eachTime);
    expect(await relinkPendingAuthorities(executor)).toBe(0);
  });

  it("recounts a batch's kinds of service once at its end, and at the next start when the batch stopped first", async () => {
    const kinds = () =>
      executor.readTransaction((tx) => tx.run("insights/recurring-kinds", { minVisits: 1, limit: 100 }));
    const record = (date: string) => makeRecord(date, { visit: { startDate: date } });
    const [first, ...rest] = DATES as [string, ...string[]];
    for (const date of DATES) await ingestDocument(executor, record(date));
    const counted = await kinds();

    // One document counted as it is written, then the rest in a batch: counted once, at its end.
    const startBatch = async () => {
      await clearDatabase(executor);
      await prepareGraph(executor);
      await ingestDocument(executor, record(first));
      const partial = await kinds();
      for (const date of rest) await ingestDocument(executor, record(date), undefined, undefined, "batch");
      expect(await kinds()).toEqual(partial);
      expect(partial).not.toEqual(counted);
      return partial;
    };
    await startBatch();
    await relinkPendingAuthorities(executor);
    expect(await kinds()).toEqual(counted);

    // A batch stopped after relinking its authority, before recounting: the next start recounts.
    const partial = await startBatch();
    await executor.writeTransaction((tx) => relinkAuthority(tx, "testshire", "deferred"));
    expect(await pendingAuthorities()).toEqual([]);
    expect(await kinds()).toEqual(partial);
    await prepareGraph(executor);
    expect(await kinds()).toEqual(counted);
  });

  it("names an inspector and a service as the latest document does, whatever order documents come in", async () => {
    const mash = makeRecord("x").record.services[0] as InspectionRecord["services"][number];
    const older = makeRecord("older", {
      visit: { startDate: "2019-03-04" },
      inspectors: [{ name: "Brenda Mclaughlin", lead: true }],
      services: [{ ...mash, name: "the hub", acronym: null, aliases: ["the hub", "front door"] }],
    });
    const newer = makeRecord("newer", {
      visit: { startDate: "2024-10-22" },
      inspectors: [{ name: "Brenda McLaughlin", lead: true }],
      services: [{ ...mash, fullName: null, aliases: ["MASH team"] }],
    });
    const named = async () => ({
      inspector: (await executor.readTransaction((tx) =>
        tx.run("read/inspectors-by-ids", { ids: ["brenda-mclaughlin"] }),
      )) as Array<{ node: { name: string } }>,
      service: (await executor.readTransaction((tx) =>
        tx.run("read/services-by-ids", { ids: ["testshire/mash"] }),
      )) as Array<{ node: { name: string; acronym: string; fullName: string; aliases: string[] } }>,
    });
    for (const doc of [older, newer]) await ingestDocument(executor, doc);
    const inOrder = await named();
    expect(inOrder.inspector[0]?.node.name).toBe("Brenda McLaughlin");
    expect(inOrder.service[0]?.node).toMatchObject({
      name: "MASH",
      acronym: "MASH",
      // The newer document gives no full name, so the older one's stands.
      fullName: "multi-agency safeguarding hub",
      aliases: ["MASH team", "front door", "the hub"],
    });
    await clearDatabase(executor);
    await prepareGraph(executor);
    for (const doc of [newer, older]) await ingestDocument(executor, doc);
    expect(await named()).toEqual(inOrder);
  });

  it("writes nothing of a document whose record is invalid", async () => {
    const before = await countGraph(executor);
    const bad = makeRecord("bad", { visit: { startDate: "2021-13-01" } });
    await expect(ingestDocument(executor, bad)).rejects.toThrow(/visit\.startDate/);
    expect(await countGraph(executor)).toEqual(before);
  });
});
