import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Executor } from "../../src/db/Executor.ts";
import { extractDocument } from "../../src/extract/extractDocument.ts";
import { readDocumentFile } from "../../src/extract/readDocumentFile.ts";
import { ingestDocument } from "../../src/ingest/ingestDocument.ts";
import { GraphStore } from "../../src/store/GraphStore.ts";
import { readStoredAuthorityTraces } from "../../src/store/insights/readStoredAuthorityTraces.ts";
import { readTrace } from "../../src/store/insights/readTrace.ts";
import { relinkPendingAuthorities } from "../../src/store/relinkPendingAuthorities.ts";
import { deleteDocument } from "../../src/store/storeDocument.ts";
import { retraceStaleFollowUps } from "../../src/store/storeFollowUps.ts";
import { followUp } from "../../src/trace/followUp.ts";
import { FIXTURES_DIR } from "../helpers/fixtures.ts";
import { openTestDatabase } from "../helpers/testDatabase.ts";

let executor: Executor;
let store: GraphStore;

beforeAll(async () => {
  executor = await openTestDatabase();
  store = new GraphStore(executor);
});
afterAll(async () => {
  await executor.close();
});

const HERTFORDSHIRE = [
  "80475_hertfordshire__27-november-2015.pdf",
  "80475_hertfordshire__19-november-2018.pdf",
  "80475_hertfordshire__10-march-2023.pdf",
];
const ingest = async (name: string, relink: "now" | "batch" = "now") => {
  const path = join(FIXTURES_DIR, name);
  const extracted = await extractDocument({ source: path, bytes: await readDocumentFile(path) });
  return ingestDocument(executor, extracted, undefined, undefined, relink);
};

const recommendationIds = async () =>
  (
    await executor.readTransaction((tx) =>
      tx.run("graph/list-authority-recommendations", { authorityId: "hertfordshire" }),
    )
  ).flatMap((visit) => (visit.recommendations as Array<{ id: string }>).map((r) => r.id));

/** A follow-up as the API compares it: the decision and its passages by id. */
const shape = (result: ReturnType<typeof followUp>) => ({
  status: result.status,
  confidence: result.confidence,
  reason: result.reason,
  evidence: result.evidence.map((item) =>
    item.kind === "FINDING"
      ? [item.finding.id, item.relevance, item.sharesTheme]
      : [item.recommendation.id, item.relevance, item.sharesTheme, item.repeats],
  ),
  repeatedBy: result.repeatedBy.map((r) => r.id),
  decidedBy: result.decidedBy,
});

/** Each recommendation's follow-ups traced now from every passage of the later visits. */
async function tracedNow(id: string) {
  const row = await readTrace(executor, id);
  const withThemes = <T extends { themeIds: string[] }>(r: T) => ({ ...r, themes: r.themeIds });
  return (row?.followUps ?? []).map((later) => ({
    visit: later.visit.id,
    followUp: shape(
      followUp(
        { text: row!.recommendation.text, themes: row!.recommendation.themeIds },
        {
          findings: later.findings.map(withThemes),
          recommendations: later.recommendations.map(withThemes),
          judgements: later.judgements,
        },
      ),
    ),
  }));
}

/** Each recommendation's follow-ups as the store gives them, and whether they were stored ones. */
async function asStored(id: string) {
  const row = await store.trace(id);
  if (row === null || !("decided" in row)) return { stored: false, followUps: [] };
  return {
    stored: true,
    followUps: row.followUps.map((later) => ({ visit: later.visit.id, followUp: shape(later.followUp) })),
  };
}

/** Checks every recommendation's stored follow-ups, alone and the authority's at once, against tracing now. */
async function expectStoredAsTracedNow(): Promise<number> {
  const ids = await recommendationIds();
  const all = await store.authorityTraces("hertfordshire");
  expect(all.map((row) => row.recommendation.id).sort()).toEqual([...ids].sort());
  let followUps = 0;
  for (const id of ids) {
    const now = await tracedNow(id);
    const stored = await asStored(id);
    expect(stored.stored).toBe(true);
    expect(stored.followUps).toEqual(now);
    const inBatch = all.find((row) => row.recommendation.id === id);
    expect(inBatch && "decided" in inBatch).toBe(true);
    const decided = inBatch as Extract<typeof inBatch, { decided: true }>;
    expect(
      decided.followUps.map((later) => ({ visit: later.visit.id, followUp: shape(later.followUp) })),
    ).toEqual(now);
    followUps += stored.followUps.length;
  }
  return followUps;
}

describe("follow-ups stored at relink", () => {
  it("are what tracing gives, and follow each ingest and delete of the authority's documents", async () => {
    await ingest(HERTFORDSHIRE[0] as string);
    await ingest(HERTFORDSHIRE[1] as string);
    const twoVisits = await expectStoredAsTracedNow();
    expect(twoVisits).toBeGreaterThan(0);

    const { documentId } = await ingest(HERTFORDSHIRE[2] as string);
    const threeVisits = await expectStoredAsTracedNow();
    expect(threeVisits).toBeGreaterThan(twoVisits);

    await deleteDocument(executor, documentId);
    expect(await expectStoredAsTracedNow()).toBe(twoVisits);
  });

  it("are not trusted while a batch has not relinked the authority yet", async () => {
    await ingest(HERTFORDSHIRE[2] as string, "batch");
    const [first] = await recommendationIds();
    expect((await asStored(first as string)).stored).toBe(false);
    expect(await readStoredAuthorityTraces(executor, "hertfordshire")).toBe("stale");
    // Traced on the fly meanwhile, as before follow-ups were stored (on the chain of visits of the last relink).
    const row = await store.trace(first as string);
    expect(row?.followUps.length).toBe((await tracedNow(first as string)).length);
    // The authority's traces at once too, though the new visit is not derived from all its documents yet.
    const all = await store.authorityTraces("hertfordshire");
    expect(all.map((r) => r.recommendation.id).sort()).toEqual([...(await recommendationIds())].sort());
    await relinkPendingAuthorities(executor);
    await expectStoredAsTracedNow();
  });

  it("are traced again when stored by another version of the tracing code, until stopped", async () => {
    await executor.writeTransaction((tx) =>
      tx.run("graph/store-follow-ups", { authorityId: "hertfordshire", followUps: [], version: "old" }),
    );
    const [first] = await recommendationIds();
    expect((await asStored(first as string)).stored).toBe(false);
    // Stopped before it begins (the service stopping), it leaves them stale for the next start.
    expect(await retraceStaleFollowUps(executor, AbortSignal.abort())).toBe(0);
    expect((await asStored(first as string)).stored).toBe(false);
    expect(await retraceStaleFollowUps(executor)).toBe(1);
    expect(await retraceStaleFollowUps(executor)).toBe(0);
    await expectStoredAsTracedNow();
  });
});
