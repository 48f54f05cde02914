import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

// pdf.js's legacy build, which the reader used before PDFium, replaced JSON.stringify, JSON.parse and
// Array.prototype.push with slower polyfills in the thread that loaded it. PDFium installs nothing: a PDF
// read in a worker thread or on the calling thread leaves the built-ins alone. Each case runs in a fresh
// Node process, so that nothing else the test runner has loaded counts.

const url = (path: string) => new URL(`../../../${path}`, import.meta.url).href;
const FIXTURE = fileURLToPath(url("tests/fixtures/80475_hertfordshire__10-march-2023.pdf"));

/** Extracts the fixture in a fresh process, in a worker or on its main thread; says whether its built-ins survived. */
async function builtInsKept(where: "worker" | "main thread"): Promise<boolean> {
  const script = `
    const { readFile } = await import("node:fs/promises");
    const builtIns = () => [JSON.stringify, JSON.parse, Array.prototype.push];
    const before = builtIns();
    const input = { source: "report.pdf", bytes: new Uint8Array(await readFile(${JSON.stringify(FIXTURE)})) };
    if (${JSON.stringify(where)} === "worker") {
      const { extractInWorkers } = await import(${JSON.stringify(url("src/ingest/extractInWorkers.ts"))});
      const pool = extractInWorkers(1);
      await pool.extract(input);
      await pool.close();
    } else {
      const { extractDocument } = await import(${JSON.stringify(url("src/extract/extractDocument.ts"))});
      await extractDocument(input);
    }
    process.stdout.write(String(builtIns().every((f, i) => f === before[i])));
  `;
  // A file, not --eval: the worker threads inherit the process's flags, and --input-type breaks them.
  const dir = await mkdtemp(join(tmpdir(), "ofsted-graph-isolation-"));
  try {
    await writeFile(join(dir, "check.mjs"), script);
    const { stdout } = await promisify(execFile)(process.execPath, [
      "--import",
      "tsx",
      join(dir, "check.mjs"),
    ]);
    return stdout === "true";
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe("reading a PDF leaves the thread's built-ins alone", () => {
  it("in a worker thread", async () => {
    expect(await builtInsKept("worker")).toBe(true);
  });

  it("on the calling thread", async () => {
    expect(await builtInsKept("main thread")).toBe(true);
  });
});
