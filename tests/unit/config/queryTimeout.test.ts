import { describe, expect, it } from "vitest";
import { DEFAULT_QUERY_TIMEOUT_MS, loadConfig } from "../../../src/config/config.ts";

describe("QUERY_TIMEOUT_MS", () => {
  it("defaults, reads a number of milliseconds, and refuses a value too small naming the variable", () => {
    expect(loadConfig({}).queryTimeoutMs).toBe(DEFAULT_QUERY_TIMEOUT_MS);
    expect(loadConfig({ QUERY_TIMEOUT_MS: "2500" }).queryTimeoutMs).toBe(2500);
    expect(() => loadConfig({ QUERY_TIMEOUT_MS: "5" })).toThrow(/QUERY_TIMEOUT_MS: at least 100/);
    expect(() => loadConfig({ QUERY_TIMEOUT_MS: "soon" })).toThrow(/QUERY_TIMEOUT_MS/);
  });
});
