import { describe, expect, it } from "vitest";
import { followUp } from "../../../src/trace/followUp.ts";

// An invented later visit: more findings as relevant as can be than the evidence keeps, and one repeat.
const recommendation = {
  text: "Improve the timeliness of return home interviews for children who go missing.",
  themes: ["missing-children"],
};
const findings = Array.from({ length: 12 }, (_, i) => ({
  id: `f${i}`,
  text: `${recommendation.text} (team ${i})`,
  themes: ["missing-children"],
  polarity: "STRENGTH" as const,
}));
const repeat = {
  id: "r1",
  text: "Ensure that return home interviews for children who go missing are offered promptly.",
  themes: ["missing-children"],
};
const other = { id: "r2", text: "Strengthen the recording of management oversight.", themes: [] };

describe("followUp", () => {
  it("names every repeating later recommendation, even one ranked below the evidence kept", () => {
    const result = followUp(recommendation, { findings, recommendations: [repeat, other], judgements: [] });
    expect(result.evidence).toHaveLength(10);
    expect(result.repeatedBy.map((r) => r.id)).toEqual(["r1"]);
  });

  it("says NOT_COVERED when the later visit holds nothing", () => {
    const result = followUp(recommendation, { findings: [], recommendations: [], judgements: [] });
    expect(result.status).toBe("NOT_COVERED");
    expect(result.evidence).toEqual([]);
    expect(result.repeatedBy).toEqual([]);
  });
});
