import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "../../../src/domain/AppError.ts";
import { extractDocument } from "../../../src/extract/extractDocument.ts";
import { readDocumentFile } from "../../../src/extract/readDocumentFile.ts";
import { readFixture } from "./documents.ts";
import { makePdf } from "./makePdf.ts";

const text = (content: string) => new TextEncoder().encode(content);

/** Expects extraction to fail with AppError UNREADABLE_DOCUMENT and exactly this message. */
async function expectUnreadable(source: string, bytes: Uint8Array, message: string | RegExp): Promise<void> {
  const failure = await extractDocument({ source, bytes }).then(
    () => null,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(AppError);
  expect((failure as AppError).code).toBe("UNREADABLE_DOCUMENT");
  if (typeof message === "string") expect((failure as AppError).message).toBe(message);
  else expect((failure as AppError).message).toMatch(message);
}

describe("extractDocument refuses what it cannot read, with a clear reason", () => {
  it("an empty file", async () => {
    await expectUnreadable("empty.pdf", new Uint8Array(), "empty.pdf: empty file");
    await expectUnreadable("blank.txt", text(" \n\t\n"), "blank.txt: empty file");
  });

  it("an HTML page saved as .pdf, or given as text", async () => {
    const page = text(
      "<!DOCTYPE html>\n<html lang='en'><head><title>Error</title></head><body>Not found</body></html>",
    );
    await expectUnreadable("report.pdf", page, "report.pdf: not a PDF: looks like an HTML page");
    await expectUnreadable("page.txt", page, "page.txt: not a document: looks like an HTML page");
  });

  it("random bytes", async () => {
    const bytes = new Uint8Array(randomBytes(20_000));
    await expectUnreadable("noise.pdf", bytes, "noise.pdf: not a PDF: unrecognised binary content");
    await expectUnreadable(
      "noise.bin",
      bytes,
      "noise.bin: unrecognised binary content: neither a PDF nor text",
    );
  });

  it("a truncated PDF", async () => {
    const whole = readFixture("80475_hertfordshire__19-november-2018.pdf");
    await expectUnreadable(
      "cut.pdf",
      whole.subarray(0, Math.floor(whole.length / 2)),
      "cut.pdf: truncated or damaged PDF: no end-of-file marker",
    );
  });

  it("a damaged PDF: a header and an end marker with nothing sound between", async () => {
    await expectUnreadable(
      "broken.pdf",
      text("%PDF-1.7\nthis is not a PDF body\n%%EOF\n"),
      /^broken\.pdf: truncated or damaged PDF: /,
    );
  });

  it("a PDF without text, as a scanned document is", async () => {
    await expectUnreadable("scan.pdf", makePdf([[], []]), "scan.pdf: no text found: scanned PDF?");
  });

  it("plain text given a .pdf name", async () => {
    await expectUnreadable(
      "letter.pdf",
      text("Dear Sir\n\nThis letter summarises...\n"),
      "letter.pdf: not a PDF: no PDF header, looks like plain text",
    );
  });
});

describe("readDocumentFile fails fast", () => {
  const folder = mkdtempSync(join(tmpdir(), "extract-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("refuses a large file of random bytes after reading only its head", async () => {
    const path = join(folder, "big.pdf");
    writeFileSync(path, randomBytes(50 * 1024 * 1024));
    const started = performance.now();
    await expect(readDocumentFile(path)).rejects.toMatchObject({
      code: "UNREADABLE_DOCUMENT",
      message: `${path}: not a PDF: unrecognised binary content`,
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("names a missing file", async () => {
    const path = join(folder, "missing.pdf");
    await expect(readDocumentFile(path)).rejects.toMatchObject({
      code: "UNREADABLE_DOCUMENT",
      message: `${path}: cannot open (ENOENT)`,
    });
  });

  it("reads a readable file whole", async () => {
    const path = join(folder, "letter.txt");
    writeFileSync(path, "Dear Ms Smith\n");
    expect(new TextDecoder().decode(await readDocumentFile(path))).toBe("Dear Ms Smith\n");
  });
});
