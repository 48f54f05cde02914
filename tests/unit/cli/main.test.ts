import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../../src/cli/main.ts";

/** Runs the command line in this process and returns its exit code and what it wrote. */
async function run(argv: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const capture = (chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  };
  vi.spyOn(process.stdout, "write").mockImplementation(capture);
  vi.spyOn(process.stderr, "write").mockImplementation(capture);
  const code = await main(argv);
  return { code, out };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the command line, each command's file loaded when it runs", () => {
  it("lists every command in its help", async () => {
    const { code, out } = await run(["--help"]);
    expect(code).toBe(0);
    for (const command of ["db", "extract", "ingest", "seed", "export", "import", "serve", "start"]) {
      expect(out).toMatch(new RegExp(`^  ${command}\\b`, "m"));
    }
  });

  it("gives a command's own help and options", async () => {
    const { code, out } = await run(["ingest", "--help"]);
    expect(code).toBe(0);
    expect(out).toContain("Usage: ofsted-graph ingest [options] <paths...>");
    expect(out).toContain("--workers <n>");
  });

  it("refuses an unknown command, suggesting the nearest", async () => {
    const { code, out } = await run(["ingets", "x.pdf"]);
    expect(code).toBe(1);
    expect(out).toContain("unknown command 'ingets'");
    expect(out).toContain("ingest");
  });
});
