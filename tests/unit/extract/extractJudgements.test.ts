import { describe, expect, it } from "vitest";
import { extractJudgements } from "../../../src/extract/header/extractJudgements.ts";

describe("extractJudgements", () => {
  it("reads an ILACS table whose grades wrap over lines", () => {
    const text = [
      "Judgement | Grade",
      "The impact of leaders on social work practice with children and families | Good",
      "The experiences and progress of children who need help | Requires improvement",
      "and protection | to be good",
      "The experiences and progress of children in care | Outstanding",
      "The experiences and progress of care leavers | Good",
      "",
      "Since the last inspection, services have improved and are now good.",
      "",
    ].join("\n");
    expect(extractJudgements(text, "OFSTED_REPORT")).toEqual([
      { area: "IMPACT_OF_LEADERS", grade: "GOOD" },
      { area: "HELP_AND_PROTECTION", grade: "REQUIRES_IMPROVEMENT" },
      { area: "CHILDREN_IN_CARE", grade: "OUTSTANDING" },
      { area: "CARE_LEAVERS", grade: "GOOD" },
    ]);
  });

  it("reads a SIF table with grades printed above, below and beside their labels", () => {
    const text = [
      "The overall judgement is that children’s services require improvement",
      "",
      "Requires",
      "",
      "1. Children who need help and protection Improvement",
      "",
      "2. Children looked after and achieving Good permanence",
      "",
      "2.1 Adoption performance | Good",
      "",
      "2.2 Experiences and progress of care leavers | Requires",
      "",
      "Improvement",
      "",
      "3. Leadership, management and governance | Good",
      "",
      "The effectiveness of the Local Safeguarding Children Board (LSCB) is good.",
      "",
    ].join("\n");
    expect(extractJudgements(text, "OFSTED_REPORT")).toEqual([
      { area: "OVERALL_EFFECTIVENESS", grade: "REQUIRES_IMPROVEMENT" },
      { area: "SIF_HELP_AND_PROTECTION", grade: "REQUIRES_IMPROVEMENT" },
      { area: "SIF_LOOKED_AFTER_AND_PERMANENCE", grade: "GOOD" },
      { area: "SIF_ADOPTION_PERFORMANCE", grade: "GOOD" },
      { area: "SIF_CARE_LEAVERS", grade: "REQUIRES_IMPROVEMENT" },
      { area: "SIF_LEADERSHIP_MANAGEMENT_GOVERNANCE", grade: "GOOD" },
      { area: "SIF_LSCB", grade: "GOOD" },
    ]);
  });

  it("reads a 2013 looked after children inspection's graded headings, leaving out 'adequate'", () => {
    const text =
      "Overall effectiveness of services for looked after children and young people\n\nGrade 4 (inadequate)\n\nCapacity to improve\n\nGrade 3 (adequate)\n";
    expect(extractJudgements(text, "OFSTED_REPORT")).toEqual([
      { area: "LAC_OVERALL_EFFECTIVENESS", grade: "INADEQUATE" },
    ]);
  });

  it("reads judgements from a news article's prose, clause by clause", () => {
    const text =
      "Children in care continue to receive a good service. Help and protection and overall effectiveness were rated as good while the impact of leaders was rated outstanding.\n";
    expect(extractJudgements(text, "NEWS_ARTICLE")).toEqual([
      { area: "HELP_AND_PROTECTION", grade: "GOOD" },
      { area: "OVERALL_EFFECTIVENESS", grade: "GOOD" },
      { area: "IMPACT_OF_LEADERS", grade: "OUTSTANDING" },
    ]);
  });

  it("finds none in a letter", () => {
    expect(
      extractJudgements("Overall effectiveness | Good\nThe impact of leaders | Good\n", "OFSTED_LETTER"),
    ).toEqual([]);
  });
});
