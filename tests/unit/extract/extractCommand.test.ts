import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { registerExtractCommand } from "../../../src/cli/extractCommand.ts";
import { InspectionRecord } from "../../../src/domain/InspectionRecord.ts";
import { FIXTURE_DIR, SEED_DIR } from "./documents.ts";

/** Runs `extract` with the given arguments; returns what it wrote and the exit code it set. */
async function runExtract(args: string[]): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  let stdout = "";
  let stderr = "";
  let exitCode = 0;
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const program = new Command().exitOverride();
  registerExtractCommand(program, (code) => {
    exitCode = code;
  });
  await program.parseAsync(["extract", ...args], { from: "user" });
  vi.restoreAllMocks();
  return { stdout, stderr, exitCode };
}

describe("ofsted-graph extract", () => {
  const folder = mkdtempSync(join(tmpdir(), "extract-cli-"));
  writeFileSync(join(folder, "empty.pdf"), "");
  writeFileSync(join(folder, "notes.md"), "ignored: not a .pdf or .txt file");
  afterEach(() => vi.restoreAllMocks());
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("prints one valid JSON record per line, for files and the files of a folder", async () => {
    const { stdout, stderr, exitCode } = await runExtract([
      join(SEED_DIR, "004_9cc7dc072bc3e040.txt"),
      join(FIXTURE_DIR, "80475_hertfordshire__19-november-2018.pdf"),
    ]);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    const records = lines.map((line) => InspectionRecord.parse(JSON.parse(line)));
    expect(records.map((record) => record.authority.id)).toEqual(["herefordshire", "hertfordshire"]);
    expect(stderr).toBe("");
    expect(exitCode).toBe(0);
  });

  it("reports an unreadable file on stderr and goes on; non-zero exit only with --strict", async () => {
    const relaxed = await runExtract([folder, join(SEED_DIR, "001_a643c10b153d5cb1.txt")]);
    expect(relaxed.stderr).toBe(`ofsted-graph extract: ${join(folder, "empty.pdf")}: empty file\n`);
    expect(relaxed.stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(relaxed.exitCode).toBe(0);

    const strict = await runExtract(["--strict", folder, join(folder, "missing.txt")]);
    expect(strict.stderr).toContain(`${join(folder, "missing.txt")}: no such file or folder`);
    expect(strict.exitCode).toBe(1);
  });
});
