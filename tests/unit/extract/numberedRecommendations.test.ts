import { describe, expect, it } from "vitest";
import { documentBlocks } from "../../../src/extract/body/documentBlocks.ts";
import { extractRecommendations } from "../../../src/extract/body/extractRecommendations.ts";

/** Recommendations of an invented SIF report, read from its normalised text. */
function recommendations(lines: string[]): string[] {
  const text = `${lines.join("\n\n")}\n`;
  return extractRecommendations(text, documentBlocks(text), "OFSTED_REPORT").map((item) => item.text);
}

describe("SIF recommendations numbered on from the body's paragraphs", () => {
  const body = [
    "Leadership, management and governance",
    "25. Senior leaders have a clear understanding of the quality of practice.",
    "26. Elected members are well informed about the work of the service.",
  ];
  const after = [
    "Summary for children and young people",
    "31. Inspectors found that most children are safe.",
  ];

  it("reads items that go on from paragraph 26, and stops at the next section", () => {
    expect(
      recommendations([
        ...body,
        "Recommendations",
        "27. Ensure that all children in need have a plan that sets out what will change.",
        "28. Strengthen the oversight of reviewing officers so that they challenge drift.",
        ...after,
      ]),
    ).toEqual([
      "Ensure that all children in need have a plan that sets out what will change.",
      "Strengthen the oversight of reviewing officers so that they challenge drift.",
    ]);
  });

  it("keeps a short item printed without a full stop, which reads like a heading", () => {
    expect(
      recommendations([
        ...body,
        "Recommendations",
        "27. Ensure that all children in need have a plan that sets out what will change.",
        "28. Improve the timeliness of initial health assessments",
        "29. Strengthen the oversight of reviewing officers so that they challenge drift.",
        ...after,
      ]),
    ).toEqual([
      "Ensure that all children in need have a plan that sets out what will change.",
      "Improve the timeliness of initial health assessments",
      "Strengthen the oversight of reviewing officers so that they challenge drift.",
    ]);
  });

  it("keeps an item whose number stands on a line of its own", () => {
    expect(
      recommendations([
        ...body,
        "Recommendations",
        "27.",
        "Review the arrangements for return home interviews for children who go missing.",
        "28. Ensure that all children in need have a plan that sets out what will change.",
        ...after,
      ]),
    ).toEqual([
      "Review the arrangements for return home interviews for children who go missing.",
      "Ensure that all children in need have a plan that sets out what will change.",
    ]);
  });

  it("reads a short unpunctuated item under a thematic sub-heading", () => {
    expect(
      recommendations([
        ...body,
        "What does the local authority need to improve?",
        "Areas for improvement",
        "Help and protection",
        "27. Improve the timeliness of initial health assessments",
        "28. Ensure that all children in need have a plan that sets out what will change.",
        ...after,
      ]),
    ).toEqual([
      "Improve the timeliness of initial health assessments",
      "Ensure that all children in need have a plan that sets out what will change.",
    ]);
  });
});
