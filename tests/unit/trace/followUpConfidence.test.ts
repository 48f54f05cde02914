import { describe, expect, it } from "vitest";
import { type DecidedFollowUp, followUpConfidence } from "../../../src/trace/followUpConfidence.ts";

const FIRM = 0.25;
// Invented follow-ups: only the facts a confidence depends on.
const improved: DecidedFollowUp = {
  status: "IMPROVED",
  passages: 3,
  weaknesses: 1,
  repeated: false,
  laterGrade: null,
  bestRelevance: 0.3,
};

describe("followUpConfidence", () => {
  it("holds IMPROVED firmly when the later grade of the area is good or outstanding", () => {
    expect(followUpConfidence({ ...improved, laterGrade: "GOOD" }, FIRM)).toBe("HIGH");
    expect(followUpConfidence({ ...improved, laterGrade: "OUTSTANDING" }, FIRM)).toBe("HIGH");
    expect(followUpConfidence({ ...improved, laterGrade: "REQUIRES_IMPROVEMENT" }, FIRM)).toBe("MEDIUM");
  });

  it("holds IMPROVED firmly without a grade only when nothing criticises and the best passage is clearly on the subject", () => {
    expect(followUpConfidence({ ...improved, weaknesses: 0 }, FIRM)).toBe("HIGH");
    expect(followUpConfidence({ ...improved, weaknesses: 0, bestRelevance: 0.2 }, FIRM)).toBe("MEDIUM");
    expect(followUpConfidence(improved, FIRM)).toBe("MEDIUM");
  });

  it("holds PERSISTS firmly when the recommendation is asked for again and criticised twice", () => {
    const persists: DecidedFollowUp = { ...improved, status: "PERSISTS", weaknesses: 2, repeated: true };
    expect(followUpConfidence(persists, FIRM)).toBe("HIGH");
    expect(followUpConfidence({ ...persists, repeated: false }, FIRM)).toBe("MEDIUM");
    expect(followUpConfidence({ ...persists, weaknesses: 1 }, FIRM)).toBe("MEDIUM");
  });

  it("never holds MIXED firmly, however much evidence there is", () => {
    const mixed: DecidedFollowUp = {
      ...improved,
      status: "MIXED",
      passages: 5,
      weaknesses: 2,
      laterGrade: "GOOD",
    };
    expect(followUpConfidence(mixed, FIRM)).toBe("LOW");
  });

  it("says LOW for a status resting on one passage, whatever the grade", () => {
    expect(followUpConfidence({ ...improved, passages: 1, weaknesses: 0, laterGrade: "GOOD" }, FIRM)).toBe(
      "LOW",
    );
  });
});
