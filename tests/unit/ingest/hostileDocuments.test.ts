import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../../src/domain/AppError.ts";
import { type ExtractionPool, extractInWorkers } from "../../../src/ingest/extractInWorkers.ts";
import { readFixture } from "../extract/documents.ts";
import { seededRandom } from "../../helpers/seededRandom.ts";

// Hostile input generated at random (a fixed seed, so a failure can be replayed): corpus PDFs with bytes
// flipped, cut short, or a content stream overwritten, and files of random bytes, some behind a PDF
// header. Each is extracted as the service extracts (a worker thread, a time limit per document) and must
// give a record or one clear refusal naming the file; never another error, a crash or a hang.

const SEED = Number(process.env.HOSTILE_SEED ?? 20261201);
const TIME_LIMIT_MS = 30_000;
const SOURCES = ["80475_hertfordshire__10-march-2023.pdf", "80573_trafford__08-may-2019.pdf"];

interface Hostile {
  name: string;
  bytes: Uint8Array;
}

function mutants(next: () => number): Hostile[] {
  const int = (max: number) => Math.floor(next() * max);
  const out: Hostile[] = [];
  for (const source of SOURCES) {
    const whole = readFixture(source);
    for (const flips of [1, 10, 100, 1000]) {
      const bytes = whole.slice();
      for (let i = 0; i < flips; i += 1) {
        const at = int(bytes.length);
        bytes[at] = bytes[at]! ^ (1 + int(255));
      }
      out.push({ name: `${source}: ${flips} bytes flipped`, bytes });
    }
    for (const fraction of [0.02, 0.5, 0.9, 0.999]) {
      const at = Math.floor(whole.length * fraction) + int(100);
      out.push({ name: `${source}: truncated at ${at} of ${whole.length}`, bytes: whole.slice(0, at) });
    }
    const text = Buffer.from(whole).toString("latin1");
    const streams = [...text.matchAll(/stream\r?\n/g)].map((match) => match.index + match[0].length);
    for (let i = 0; i < 3; i += 1) {
      const start = streams[int(streams.length)]!;
      const bytes = whole.slice();
      for (let j = 0; j < 200; j += 1) bytes[start + j] = int(256);
      out.push({ name: `${source}: stream at ${start} overwritten (200 bytes)`, bytes });
    }
  }
  for (const size of [1, 100, 10_000, 1_000_000]) {
    const bytes = new Uint8Array(size).map(() => int(256));
    out.push({ name: `random bytes (${size})`, bytes });
  }
  for (const size of [100, 100_000]) {
    const bytes = new Uint8Array(size).map(() => int(256));
    bytes.set(new TextEncoder().encode("%PDF-1.7\n"), 0);
    out.push({ name: `%PDF header then random bytes (${size})`, bytes });
  }
  const noise = new Uint8Array(50_000).map(() => 32 + int(95));
  out.push({ name: "random printable text (50,000)", bytes: noise });
  return out;
}

let pool: ExtractionPool;
beforeAll(() => {
  pool = extractInWorkers(2, { timeLimitMs: TIME_LIMIT_MS });
});
afterAll(async () => {
  await pool?.close();
});

describe(`hostile documents (seed ${SEED})`, () => {
  it("each is extracted or refused with one clear message, within the time limit", async () => {
    const inputs = mutants(seededRandom(SEED));
    const outcomes = await Promise.all(
      inputs.map(async ({ name, bytes }) => {
        const source = `hostile-${inputs.findIndex((input) => input.name === name)}.pdf`;
        const started = Date.now();
        const outcome = await pool.extract({ source, bytes }).then(
          (extracted) => ({ kind: "extracted", detail: extracted.record.document.kind }),
          (error: unknown) => {
            expect(error, name).toBeInstanceOf(AppError);
            const { code, message } = error as AppError;
            expect(["UNREADABLE_DOCUMENT", "INVALID_RECORD"], name).toContain(code);
            expect(message.startsWith(`${source}: `), name).toBe(true);
            expect(message, name).not.toMatch(/\n|\bat .+:\d+:\d+/);
            return { kind: code, detail: message.slice(source.length + 2) };
          },
        );
        return { name, ms: Date.now() - started, ...outcome };
      }),
    );
    if (process.env.HOSTILE_REPORT) console.table(outcomes);
    expect(outcomes).toHaveLength(inputs.length);
    // Some mutants stay readable (a flipped byte in an image), most are refused: both paths were taken.
    expect(outcomes.some((outcome) => outcome.kind === "extracted")).toBe(true);
    expect(outcomes.some((outcome) => outcome.kind === "UNREADABLE_DOCUMENT")).toBe(true);
  }, 600_000);

  it("refuses a document that passes the time limit, and the pool still works after", async () => {
    const strict = extractInWorkers(1, { timeLimitMs: 1 });
    try {
      const bytes = readFixture(SOURCES[0]!);
      await expect(strict.extract({ source: "slow.pdf", bytes })).rejects.toThrow(
        /^slow\.pdf: took longer than 0 s to read: refused$/,
      );
    } finally {
      await strict.close();
    }
    const extracted = await pool.extract({ source: SOURCES[1]!, bytes: readFixture(SOURCES[1]!) });
    expect(extracted.record.authority.id).toBe("trafford");
  });
});
