import { describe, expect, it } from "vitest";
import { API_SEMI_SPACE_MB, apiProcessExecArgv } from "../../../src/cli/apiProcesses.ts";

describe("the Node flags of an API process", () => {
  it("adds the young-generation size to the command's own flags", () => {
    expect(apiProcessExecArgv(["--enable-source-maps"], "")).toEqual([
      "--enable-source-maps",
      `--max-semi-space-size=${API_SEMI_SPACE_MB}`,
    ]);
  });

  it("keeps a size the user chose on the command line or in NODE_OPTIONS", () => {
    expect(apiProcessExecArgv(["--max-semi-space-size=8"], "")).toEqual(["--max-semi-space-size=8"]);
    expect(apiProcessExecArgv([], "--inspect --max_semi_space_size=64")).toEqual([]);
  });

  it("is not misled by other heap flags", () => {
    expect(apiProcessExecArgv([], "--max-old-space-size=512")).toEqual([
      `--max-semi-space-size=${API_SEMI_SPACE_MB}`,
    ]);
  });
});
