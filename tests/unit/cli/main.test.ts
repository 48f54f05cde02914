import { afterEach, describe, expect, it, vi } from "vitest";
import { COMMAND_FILES, main } from "../../../src/cli/main.ts";

/** Runs the command line (`run` a `main`, by default this file's) in this process: exit code and output. */
async function run(argv: string[], run: typeof main = main): Promise<{ code: number; out: string }> {
  let out = "";
  const capture = (chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  };
  vi.spyOn(process.stdout, "write").mockImplementation(capture);
  vi.spyOn(process.stderr, "write").mockImplementation(capture);
  try {
    return { code: await run(argv), out };
  } finally {
    vi.mocked(process.stdout.write).mockRestore();
    vi.mocked(process.stderr.write).mockRestore();
  }
}

afterEach(() => {
  vi.doUnmock("../../../src/cli/serveCommand.ts");
  vi.resetModules();
});

describe("the command line, each command's file loaded when it runs", () => {
  it("lists in its help exactly the commands the files are listed under", async () => {
    const { code, out } = await run(["--help"]);
    expect(code).toBe(0);
    const listed = [...out.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]).filter((c) => c !== "help");
    expect(listed.sort()).toEqual(COMMAND_FILES.flatMap((file) => file.names).sort());
  });

  it("loads only the named command's file", async () => {
    const loaded = vi.fn();
    vi.doMock("../../../src/cli/serveCommand.ts", async (importOriginal) => {
      loaded();
      return importOriginal();
    });
    const fresh = (await import("../../../src/cli/main.ts")).main;
    const ingestHelp = await run(["ingest", "--help"], fresh);
    expect(ingestHelp.out).toContain("Usage: ofsted-graph ingest [options] <paths...>");
    expect(loaded).not.toHaveBeenCalled();
    await run(["--help"], fresh);
    expect(loaded).toHaveBeenCalled();
  });

  it("refuses an unknown command, suggesting the nearest", async () => {
    const { code, out } = await run(["ingets", "x.pdf"]);
    expect(code).toBe(1);
    expect(out).toContain("unknown command 'ingets'");
    expect(out).toContain("(Did you mean ingest?)");
  });

  it("refuses an ingest option that is not a whole number, naming it", async () => {
    const { code, out } = await run(["ingest", "--workers", "two", "x.pdf"]);
    expect(code).toBe(1);
    expect(out).toContain("option '--workers <n>' argument 'two' is invalid");
  });
});
