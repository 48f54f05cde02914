import { describe, expect, it } from "vitest";
import { decideTraceStatus } from "../../../src/domain/decideTraceStatus.ts";
import type { Polarity } from "../../../src/domain/InspectionRecord.ts";

const findings = (...polarities: Polarity[]) => polarities.map((polarity, i) => ({ id: `f${i}`, polarity }));

describe("decideTraceStatus", () => {
  it("is NOT_COVERED when the later visit says nothing on the theme", () => {
    expect(decideTraceStatus(findings("NEUTRAL"), [])).toEqual({ status: "NOT_COVERED", decidedBy: [] });
  });

  it("is IMPROVED on positive findings only, decided by them", () => {
    expect(decideTraceStatus(findings("STRENGTH", "STRENGTH", "NEUTRAL"), [])).toEqual({
      status: "IMPROVED",
      decidedBy: ["f0", "f1"],
    });
  });

  it("is PERSISTS on negative findings or a repeated recommendation only", () => {
    expect(decideTraceStatus(findings("WEAKNESS"), []).status).toBe("PERSISTS");
    expect(decideTraceStatus([], [{ id: "r1" }])).toEqual({ status: "PERSISTS", decidedBy: ["r1"] });
  });

  it("is MIXED when positive findings stand beside a repeated recommendation", () => {
    const decision = decideTraceStatus(findings("STRENGTH", "STRENGTH", "STRENGTH", "WEAKNESS"), [
      { id: "r1" },
    ]);
    expect(decision.status).toBe("MIXED");
    expect(decision.decidedBy).toEqual(["f0", "f1", "f2", "f3", "r1"]);
  });

  it("weighs both sides: twice as much against persists, three times as much for improves", () => {
    expect(decideTraceStatus(findings("STRENGTH", "WEAKNESS", "WEAKNESS"), []).status).toBe("PERSISTS");
    expect(decideTraceStatus(findings("STRENGTH", "STRENGTH", "STRENGTH", "WEAKNESS"), []).status).toBe(
      "IMPROVED",
    );
    expect(decideTraceStatus(findings("STRENGTH", "STRENGTH", "WEAKNESS"), []).status).toBe("MIXED");
  });

  it("counts a MIXED finding on both sides", () => {
    expect(decideTraceStatus(findings("MIXED"), []).status).toBe("MIXED");
  });
});
