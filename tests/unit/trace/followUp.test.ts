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
  it("keeps and weighs every repeating later recommendation, even one ranked below the ten best passages", () => {
    const result = followUp(recommendation, { findings, recommendations: [repeat, other], judgements: [] });
    expect(result.evidence).toHaveLength(11);
    expect(result.evidence.at(-1)).toMatchObject({ kind: "RECOMMENDATION", repeats: true });
    expect(result.repeatedBy.map((r) => r.id)).toEqual(["r1"]);
    expect(result.decidedBy).toContain("r1");
    expect(result.status).not.toBe("IMPROVED");
  });

  it("says NOT_COVERED with LOW confidence when the later visit holds nothing to compare", () => {
    const result = followUp(recommendation, { findings: [], recommendations: [], judgements: [] });
    expect(result.status).toBe("NOT_COVERED");
    expect(result.confidence).toBe("LOW");
    expect(result.evidence).toEqual([]);
    expect(result.repeatedBy).toEqual([]);
  });

  it("says NOT_COVERED with LOW confidence for a recommendation with no content words", () => {
    const result = followUp(
      { text: "Ensure that this is effective.", themes: [] },
      { findings, recommendations: [repeat], judgements: [] },
    );
    expect(result.status).toBe("NOT_COVERED");
    expect(result.confidence).toBe("LOW");
    expect(result.reason).toMatch(/no content words/);
  });

  it("says NOT_COVERED with HIGH confidence when nothing among the later passages is on the subject", () => {
    const result = followUp(recommendation, {
      findings: [
        { id: "f", text: "Supervision is regular and reflective.", themes: [], polarity: "STRENGTH" },
      ],
      recommendations: [other],
      judgements: [],
    });
    expect(result.status).toBe("NOT_COVERED");
    expect(result.confidence).toBe("HIGH");
  });

  it("says NOT_COVERED when the later report shares words but nothing on the recommendation's central theme", () => {
    const passing = {
      id: "f",
      text: "Children who go missing are seen by a social worker within days.",
      polarity: "STRENGTH" as const,
    };
    const elsewhere = followUp(recommendation, {
      findings: [{ ...passing, themes: ["social-work-visits"] }],
      recommendations: [],
      judgements: [],
    });
    expect(elsewhere.status).toBe("NOT_COVERED");
    expect(elsewhere.reason).toMatch(/central theme/);
    expect(elsewhere.evidence.map((e) => e.kind)).toEqual(["FINDING"]);
    expect(elsewhere.decidedBy).toEqual([]);

    const onTheme = followUp(recommendation, {
      findings: [{ ...passing, themes: ["missing-children"] }],
      recommendations: [],
      judgements: [],
    });
    expect(onTheme.status).toBe("IMPROVED");
  });
});
