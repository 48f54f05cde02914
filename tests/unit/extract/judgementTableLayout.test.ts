import { describe, expect, it } from "vitest";
import { extractJudgements } from "../../../src/extract/header/extractJudgements.ts";
import { readPdf } from "../../../src/extract/pdf/readPdf.ts";
import { makePdf, type PlacedText } from "./makePdf.ts";

const ID = "0".repeat(64);
const label = (y: number, text: string): PlacedText => ({ x: 60, y, size: 10, text });
const grade = (y: number, text: string): PlacedText => ({ x: 400, y, size: 10, text });
const AFTER = "Inspectors found that leaders know their services well and act on what they find.";

/**
 * An invented table whose first grade wraps over three lines, so that its last word ('good') sits beside
 * the second row's label and the second row's own grade falls below that label.
 */
const WRAPPED: PlacedText[] = [
  { x: 60, y: 700, size: 14, text: "Judgement" },
  { x: 400, y: 700, size: 14, text: "Grade" },
  label(676, "The impact of leaders on social work practice with children and families"),
  grade(676, "Requires"),
  grade(664, "improvement to be"),
  label(652, "The experiences and progress of children who need help and protection"),
  grade(652, "good"),
  grade(640, "Good"),
  label(628, "The experiences and progress of children in care"),
  grade(628, "Good"),
  label(604, "The experiences and progress of care leavers"),
  grade(604, "Outstanding"),
  label(580, "Overall effectiveness"),
  grade(580, "Good"),
  { x: 60, y: 540, size: 10, text: AFTER },
];

const EXPECTED = [
  { area: "IMPACT_OF_LEADERS", grade: "REQUIRES_IMPROVEMENT" },
  { area: "HELP_AND_PROTECTION", grade: "GOOD" },
  { area: "CHILDREN_IN_CARE", grade: "GOOD" },
  { area: "CARE_LEAVERS", grade: "OUTSTANDING" },
  { area: "OVERALL_EFFECTIVENESS", grade: "GOOD" },
];

describe("judgement tables whose grades wrap beside the wrong label", () => {
  it("readPdf keeps the end of a wrapped grade in its own row", async () => {
    const doc = await readPdf("table.pdf", ID, makePdf([WRAPPED]));
    expect(doc.text).toContain(
      [
        "The impact of leaders on social work practice with children and families | Requires improvement to be good",
        "The experiences and progress of children who need help and protection | Good",
        "The experiences and progress of children in care | Good",
      ].join("\n"),
    );
    expect(extractJudgements(doc.text, "OFSTED_REPORT")).toEqual(EXPECTED);
  });

  it("extractJudgements reads the grades in order when the text still has them beside the wrong label", () => {
    const text = [
      "Judgement | Grade",
      "The impact of leaders on social work practice with children and families | Requires",
      "improvement to be",
      "The experiences and progress of children who need help and protection | good",
      "Good",
      "The experiences and progress of children in care | Good",
      "The experiences and progress of care leavers | Outstanding",
      "Overall effectiveness | Good",
      "",
      AFTER,
      "",
    ].join("\n");
    expect(extractJudgements(text, "OFSTED_REPORT")).toEqual(EXPECTED);
  });

  it("reads a grade cut between 'to' and 'be good' across the lines of its label", () => {
    const text = [
      "The impact of leaders on social work practice with | Requires improvement to",
      "children and families | be good",
      "The experiences and progress of children who need help and | Good",
      "protection",
      "The experiences and progress of children in care and care leavers | Inadequate",
      "Overall effectiveness | Requires improvement to be",
      "good",
      "",
      AFTER,
      "",
    ].join("\n");
    expect(extractJudgements(text, "OFSTED_REPORT")).toEqual([
      { area: "IMPACT_OF_LEADERS", grade: "REQUIRES_IMPROVEMENT" },
      { area: "HELP_AND_PROTECTION", grade: "GOOD" },
      { area: "CHILDREN_IN_CARE_AND_CARE_LEAVERS", grade: "INADEQUATE" },
      { area: "OVERALL_EFFECTIVENESS", grade: "REQUIRES_IMPROVEMENT" },
    ]);
  });
});
