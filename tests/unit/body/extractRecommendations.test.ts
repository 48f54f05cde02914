import { describe, expect, it } from "vitest";
import type { DocumentKind } from "../../../src/domain/InspectionRecord.ts";
import { documentBlocks } from "../../../src/extract/body/documentBlocks.ts";
import { extractRecommendations } from "../../../src/extract/body/extractRecommendations.ts";

function recommendations(lines: string[], kind: DocumentKind = "OFSTED_REPORT") {
  const text = `${lines.join("\n")}\n`;
  const items = extractRecommendations(text, documentBlocks(text), kind);
  for (const item of items) expect(text.slice(item.start, item.end)).toBe(item.text);
  return items.map((item) => item.text);
}

describe("extractRecommendations", () => {
  it("reads an ILACS list, its heading's footnote marker aside, and not the table of contents", () => {
    const text = [
      "Contents",
      "",
      "What needs to improve? | 2",
      "",
      "What needs to improve?1",
      "",
      "- The quality of plans. (outcome 3, national framework)",
      "- Management oversight. (enabler 2, national framework)",
      "",
      "The experiences and progress of children who need help and protection: good",
      "",
      "1. Children receive the right help at the right time.",
    ];
    expect(recommendations(text)).toEqual([
      "The quality of plans. (outcome 3, national framework)",
      "Management oversight. (enabler 2, national framework)",
    ]);
  });

  it("reads both SIF lists under their sub-headings, and stops at the strengths that look the same", () => {
    const text = [
      "23. Staff report increased morale.",
      "",
      "What does the local authority need to improve?",
      "",
      "Priority and immediate action",
      "",
      "Leadership, management and governance",
      "",
      "24. Strengthen operational and senior management arrangements.",
      "",
      "Areas for improvement:",
      "",
      "25. Review and strengthen assessment and care planning processes.",
      "26. The local authority and partners should re-launch the threshold document.",
      "",
      "The local authority’s strengths",
      "",
      "27. The local authority benefits from consistent and stable leadership.",
    ];
    expect(recommendations(text)).toEqual([
      "Strengthen operational and senior management arrangements.",
      "Review and strengthen assessment and care planning processes.",
      "The local authority and partners should re-launch the threshold document.",
    ]);
  });

  it("keeps an item's sub-bullets in its text", () => {
    const text = [
      "Recommendations",
      "",
      "1. Strengthen senior managers’ oversight and monitoring of:",
      "- complex cases where there are historic drift and delay (paragraph 36)",
      "- care leavers who are homeless (paragraph 112).",
      "2. Ensure that supervision is reflective.",
    ];
    expect(recommendations(text)).toEqual([
      "Strengthen senior managers’ oversight and monitoring of:\n- complex cases where there are historic drift and delay (paragraph 36)\n- care leavers who are homeless (paragraph 112).",
      "Ensure that supervision is reflective.",
    ]);
  });

  it("leaves out the list addressed to the LSCB and body paragraphs ending '(Recommendation)'", () => {
    const text = [
      "Recommendations",
      "",
      "1. Improve the quality of plans.",
      "",
      "Inspection findings",
      "",
      "40. Plans are not specific enough. (Recommendation)",
      "",
      "The Local Safeguarding Children Board (LSCB)",
      "",
      "Recommendations",
      "",
      "2. Ensure that the LSCB evaluates multi-agency training.",
    ];
    expect(recommendations(text)).toEqual(["Improve the quality of plans."]);
  });

  it("skips the 2013 reports' introduction and timescale sub-headings, and empty-list statements", () => {
    const text = [
      "Areas for improvement",
      "",
      "15. In order to improve the quality of provision, the local authority should take the following action.",
      "",
      "Immediately:",
      "",
      "- ensure all children have a care plan",
      "",
      "Within three months:",
      "",
      "- ensure all care leavers have a pathway plan.",
      "",
      "Outcomes for looked after children",
      "",
      "Priority and immediate action",
      "",
      "16. The inspection did not find any areas for priority and immediate action.",
    ];
    expect(recommendations(text)).toEqual([
      "ensure all children have a care plan",
      "ensure all care leavers have a pathway plan.",
    ]);
  });

  it("takes a list-less section's paragraph as its one recommendation", () => {
    const text = [
      "What needs to improve?",
      "",
      "There are an extremely small number of areas of variability in otherwise exceptional practice.",
      "",
      "The experiences and progress of children who need help and protection: outstanding",
    ];
    expect(recommendations(text)).toHaveLength(1);
  });

  it("reads a council report's areas for improvement without its introduction or closing paragraph", () => {
    const text = [
      "3. Recommendation",
      "",
      "3.1 The Cabinet Panel are asked to agree the proposed actions.",
      "",
      "7.0 Areas For Improvement",
      "",
      "7.1 The Lead Inspector identified the following areas for improvement.",
      "7.2 Achieving the right balance between support and challenge with all parents.",
      "7.3 Consistently applying thresholds with adolescents.",
      "7.4 In response, Children's Services has incorporated a series of actions to address these areas.",
    ];
    expect(recommendations(text, "COUNCIL_REPORT")).toEqual([
      "Achieving the right balance between support and challenge with all parents.",
      "Consistently applying thresholds with adolescents.",
    ]);
  });

  it("splits a summary's inline list of areas for improvement", () => {
    const text = [
      "2.4 The team noted three areas for improvement in relation to: the balance between support and challenge with parents; application of thresholds with adolescents; placement stability and the number of children looked after placed outside Hertfordshire.",
    ];
    expect(recommendations(text, "COUNCIL_REPORT")).toEqual([
      "the balance between support and challenge with parents",
      "application of thresholds with adolescents",
      "placement stability and the number of children looked after placed outside Hertfordshire",
    ]);
  });
});

describe("extractRecommendations with nested bullets", () => {
  it("keeps lower-case sub-bullets, flattened by the normaliser, with the bullet that introduces them", () => {
    const text = [
      "What needs to improve?",
      "",
      "- Practice around the care and protection of disabled children to demonstrate:",
      "- an understanding of the impact of the child’s disability;",
      "- the ambition for disabled children to achieve to their potential.",
      "- The understanding of the effects of domestic abuse on children.",
    ];
    expect(recommendations(text)).toEqual([
      "Practice around the care and protection of disabled children to demonstrate:\n- an understanding of the impact of the child’s disability;\n- the ambition for disabled children to achieve to their potential.",
      "The understanding of the effects of domestic abuse on children.",
    ]);
  });
});

describe("extractRecommendations across a page break", () => {
  it("joins an item to the lower-case paragraph that continues it", () => {
    const text =
      "What needs to improve?\n\n- The quality of plans for children who\n\nare in care.\n\nMain findings\n";
    const [item] = extractRecommendations(text, documentBlocks(text), "OFSTED_LETTER");
    expect(item?.text).toBe("The quality of plans for children who are in care.");
    expect(text.slice(item?.start, item?.end)).toBe("The quality of plans for children who\n\nare in care.");
  });
});
