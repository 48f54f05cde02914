import { describe, expect, it } from "vitest";
import { documentBlocks } from "../../../src/extract/body/documentBlocks.ts";
import { extractFindings } from "../../../src/extract/body/extractFindings.ts";
import { readingPlan } from "../../../src/extract/body/readingPlan.ts";

function findings(lines: string[]) {
  const text = `${lines.join("\n")}\n`;
  const blocks = documentBlocks(text);
  const plan = readingPlan(blocks, "OFSTED_REPORT", "somewhere");
  return extractFindings(text, blocks, plan, { skipBlocks: new Set(), namesService: () => false });
}

describe("extractFindings", () => {
  it("reads each evaluative sentence with its section, keeping an example with the sentence it illustrates", () => {
    const found = findings([
      "The experiences and progress of children in care: good",
      "",
      "12. Targeted services are used effectively. For example, a specialist worker visits the ten most vulnerable children. Plans are not specific enough.",
    ]);
    expect(found.map((f) => [f.text, f.polarity, f.section])).toEqual([
      [
        "Targeted services are used effectively. For example, a specialist worker visits the ten most vulnerable children.",
        "STRENGTH",
        "The experiences and progress of children in care: good",
      ],
      [
        "Plans are not specific enough.",
        "WEAKNESS",
        "The experiences and progress of children in care: good",
      ],
    ]);
  });

  it("drops a SIF paragraph's '(Recommendation)' cross-reference from the finding", () => {
    const [finding] = findings([
      "Inspection findings",
      "",
      "40. Plans are not specific enough. (Recommendation)",
    ]);
    expect(finding?.text).toBe("Plans are not specific enough.");
  });

  it("reads nothing from data sections, list introductions or Ofsted's back matter", () => {
    const found = findings([
      "Information about this local authority area",
      "",
      "- At 31 March 2015, 308 children were the subject of a child protection plan.",
      "",
      "Summary",
      "",
      "Inspectors noted the following strengths:",
      "",
      "- Supervision is regular and reflective.",
      "",
      "The Office for Standards in Education, Children's Services and Skills (Ofsted) regulates and inspects to achieve excellence in the care of children.",
      "",
      "If you would like a copy of this document in a different format, please telephone us.",
    ]);
    expect(found.map((f) => f.text)).toEqual(["Supervision is regular and reflective."]);
  });
});

describe("extractFindings on numbered paragraphs read as table rows", () => {
  it("reads '129. | text' as paragraph 129", () => {
    const [finding] = findings([
      "Leadership, management and governance",
      "",
      "129. | Staff report that senior managers are visible and supportive.",
    ]);
    expect(finding?.text).toBe("Staff report that senior managers are visible and supportive.");
  });
});

describe("extractFindings: every sentence of the evaluation is a finding", () => {
  it("keeps descriptive sentences as neutral findings and short evaluative ones, not fragments", () => {
    const found = findings([
      "Inspection findings",
      "",
      "40. Nine young people are placed in residential homes outside the county. PEPs are good. 41.",
    ]);
    expect(found.map((f) => [f.text, f.polarity])).toEqual([
      ["Nine young people are placed in residential homes outside the county.", "NEUTRAL"],
      ["PEPs are good.", "STRENGTH"],
    ]);
  });

  it("ends a section at a heading the PDF reader broke over two lines, with its judgement", () => {
    const found = findings([
      "Summary for children and young people",
      "",
      "- Your social workers listen to you.",
      "The experiences and progress of",
      "children who need help and protection Good",
      "Early help workers are skilled and visit families often.",
    ]);
    expect(found.map((f) => [f.text, f.section])).toEqual([
      [
        "Early help workers are skilled and visit families often.",
        "The experiences and progress of children who need help and protection",
      ],
    ]);
  });

  it("ends a recommendation list at a judgement printed as a sentence", () => {
    const found = findings([
      "What needs to improve",
      "",
      "- The timeliness of initial health assessments.",
      "The experiences and progress of children in care requires improvement to be good.",
      "1. Children in care live in stable homes, but health assessments are often late.",
    ]);
    expect(found.map((f) => [f.text, f.polarity])).toEqual([
      ["Children in care live in stable homes, but health assessments are often late.", "MIXED"],
    ]);
  });

  it("keeps a data section's lead-in lines ('In the last 12 months:') out of the body", () => {
    const found = findings([
      "Children looked after in this area",
      "",
      "In the last 12 months:",
      "",
      "- there have been 14 adoptions",
      "- 20 children became the subject of special guardianship orders",
      "",
      "Inspection findings",
      "",
      "10. Adoption is considered early for every child.",
    ]);
    expect(found.map((f) => f.text)).toEqual(["Adoption is considered early for every child."]);
  });
});
