import { readFile } from "node:fs/promises";
import { afterAll, describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/extract/extractDocument.ts";
import { extractInWorkers } from "../../../src/ingest/extractInWorkers.ts";

const fixture = async (name: string) =>
  new Uint8Array(await readFile(new URL(`../../fixtures/${name}`, import.meta.url)));

describe("extraction in worker threads", () => {
  const pool = extractInWorkers(2);
  afterAll(() => pool.close());

  it("gives the record the main thread gives", async () => {
    const input = { source: "report.pdf", bytes: await fixture("80475_hertfordshire__10-march-2023.pdf") };
    const [inWorker, onMain] = await Promise.all([pool.extract(input), extractDocument(input)]);
    expect(inWorker).toEqual(onMain);
  });

  it("fails a document it cannot read with the extractor's error, code and reason", async () => {
    const bytes = await fixture("80429_birmingham__19-october-2012.pdf");
    await expect(pool.extract({ source: "page.pdf", bytes })).rejects.toMatchObject({
      name: "AppError",
      code: "UNREADABLE_DOCUMENT",
      message: "page.pdf: not a PDF: looks like an HTML page",
    });
  });

  it("reads a document that runs a thread out of its heap again without the limit, rather than refusing it", async () => {
    // A heap far too small for any report: every document runs its thread out and is read again.
    const tight = extractInWorkers(1, { heapLimitMb: 8 });
    try {
      const input = { source: "report.pdf", bytes: await fixture("80475_hertfordshire__10-march-2023.pdf") };
      expect(await tight.extract(input)).toEqual(await extractDocument(input));
    } finally {
      await tight.close();
    }
  });
});
