import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Executor } from "../../src/db/Executor.ts";
import { exportGraph } from "../../src/ingest/exportGraph.ts";
import { exportChecksum, type ExportLine } from "../../src/ingest/ExportLine.ts";
import { importGraph } from "../../src/ingest/importGraph.ts";
import { seedGraph } from "../../src/ingest/seedGraph.ts";
import { countGraph } from "../../src/store/countGraph.ts";
import { prepareGraph } from "../../src/store/prepareGraph.ts";
import { ingestFixtures } from "../helpers/fixtures.ts";
import { clearDatabase, openTestDatabase } from "../helpers/testDatabase.ts";

// The backup round trip: the seeds and two corpus reports exported, the database emptied, the file
// imported: the same counts and visit fingerprints, with no PDF read. Imported twice: nothing changes.
// A truncated or edited line is refused with its number and nothing of its document is written.

let executor: Executor;
let dir: string;
let exportFile: string;
let original: Awaited<ReturnType<typeof snapshot>>;

async function snapshot() {
  const visits = await executor.readTransaction((tx) => tx.run("graph/visit-fingerprint"));
  return { counts: await countGraph(executor), visits };
}

async function freshDatabase() {
  await clearDatabase(executor);
  await prepareGraph(executor);
}

async function storedDocumentIds(): Promise<string[]> {
  const rows = await executor.read(
    "graph/export-documents",
    { after: "", limit: 1000 },
    z.object({ id: z.string() }),
  );
  return rows.map((row) => row.id);
}

beforeAll(async () => {
  executor = await openTestDatabase();
  dir = await mkdtemp(join(tmpdir(), "ofsted-graph-export-"));
  exportFile = join(dir, "graph.jsonl");
  await seedGraph(executor);
  await ingestFixtures(executor, [
    "80475_hertfordshire__19-november-2018.pdf",
    "80475_hertfordshire__10-march-2023.pdf",
  ]);
  original = await snapshot();
});
afterAll(async () => {
  await executor?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("export and import", () => {
  it("exports every stored document as one JSON line", async () => {
    const out = createWriteStream(exportFile);
    const summary = await exportGraph(executor, out);
    out.end();
    await once(out, "finish");
    expect(summary).toEqual({ exported: 7, withoutRecord: [] });
    const lines = (await readFile(exportFile, "utf8")).trimEnd().split("\n");
    expect(lines).toHaveLength(7);
    const first = JSON.parse(lines[0]!) as ExportLine;
    expect(first.format).toBe("ofsted-graph-export/1");
    expect(first.sha256).toBe(exportChecksum(first));
  });

  it("rebuilds an empty database with equal counts and visit fingerprints", async () => {
    await freshDatabase();
    expect((await countGraph(executor)).nodes.Document ?? 0).toBe(0);
    const summary = await importGraph(executor, exportFile);
    expect(summary).toEqual({ ingested: 7, replaced: 0, unchanged: 0, refused: [] });
    expect(await snapshot()).toEqual(original);
  });

  it("changes nothing when imported again", async () => {
    const summary = await importGraph(executor, exportFile);
    expect(summary).toEqual({ ingested: 0, replaced: 0, unchanged: 7, refused: [] });
    expect(await snapshot()).toEqual(original);
  });

  it("refuses truncated, edited and invalid lines by number, writing nothing of them", async () => {
    const lines = (await readFile(exportFile, "utf8")).trimEnd().split("\n");
    const parsed = lines.map((line) => JSON.parse(line) as ExportLine);
    const truncated = lines[1]!.slice(0, Math.floor(lines[1]!.length / 2));
    const edited = structuredClone(parsed[2]!);
    edited.text = edited.text.replace(/\bgood\b/, "inadequate");
    expect(edited.text).not.toBe(parsed[2]!.text);
    const invalid = structuredClone(parsed[3]!) as ExportLine & { record: { document: { kind: string } } };
    invalid.record.document.kind = "NOT_A_KIND";
    invalid.sha256 = exportChecksum(invalid);
    const damaged = [lines[0], truncated, JSON.stringify(edited), JSON.stringify(invalid), ...lines.slice(4)];
    const damagedFile = join(dir, "damaged.jsonl");
    await writeFile(damagedFile, `${damaged.join("\n")}\n`);

    await freshDatabase();
    const summary = await importGraph(executor, damagedFile);
    expect(summary.ingested).toBe(4);
    expect(summary.refused).toEqual([
      { line: 2, reason: expect.stringMatching(/not a complete JSON line/) },
      { line: 3, reason: expect.stringMatching(/checksum does not match/) },
      { line: 4, reason: expect.stringMatching(/invalid record: document\.kind/) },
    ]);
    const stored = await storedDocumentIds();
    for (const refused of [parsed[1]!, parsed[2]!, parsed[3]!])
      expect(stored).not.toContain(refused.documentId);
    expect(stored).toHaveLength(4);
  });
});
