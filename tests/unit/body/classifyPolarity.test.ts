import { describe, expect, it } from "vitest";
import { classifyPolarity } from "../../../src/extract/body/classifyPolarity.ts";

const polarity = (sentence: string) => classifyPolarity(sentence).polarity;

describe("classifyPolarity", () => {
  it("reads positive cues as a strength", () => {
    expect(polarity("Thresholds are applied appropriately.")).toBe("STRENGTH");
    expect(polarity("The Channel Panel is well established.")).toBe("STRENGTH");
    expect(polarity("Social workers receive regular and effective supervision.")).toBe("STRENGTH");
  });

  it("reads negative cues as a weakness", () => {
    expect(polarity("Children's risk management plans vary in quality.")).toBe("WEAKNESS");
    expect(polarity("The effectiveness of the approach to quality assurance remains limited.")).toBe(
      "WEAKNESS",
    );
    expect(polarity("Management oversight and supervision continue to need improvement.")).toBe("WEAKNESS");
  });

  it("reverses positive cues after a negator, to the end of the clause", () => {
    expect(polarity("However, some plans are not well written.")).toBe("WEAKNESS");
    expect(
      polarity("Supervision is not always sufficiently focused and plans do not clearly identify needs."),
    ).toBe("WEAKNESS");
    expect(polarity("For children who are not subject to review, decision-making is less strong.")).toBe(
      "WEAKNESS",
    );
    const reading = classifyPolarity("Plans are not clear.");
    expect(reading.cues).toEqual([{ text: "clear", polarity: "negative", negated: true }]);
  });

  it("reverses a negative cue right after a negator", () => {
    expect(polarity("Children are seen without delay.")).toBe("STRENGTH");
    expect(polarity("Supervision does not effectively address drift.")).toBe("WEAKNESS");
  });

  it("reads contrasted clauses with both cues as mixed, and a sentence-opening 'However' as no contrast", () => {
    expect(
      polarity(
        "Most assessments are timely, although there are some delays in recording at times of peak activity.",
      ),
    ).toBe("MIXED");
    expect(
      polarity(
        "While some children benefit from activities, for others there is little evidence of support.",
      ),
    ).toBe("MIXED");
    expect(polarity("However, placement stability is still an issue.")).toBe("WEAKNESS");
  });

  it("leaves descriptive sentences neutral and ignores non-evaluative uses of cue words", () => {
    expect(polarity("Children who go missing are offered return home interviews.")).toBe("NEUTRAL");
    expect(polarity("Leaders promote the well-being of staff as well as children.")).toBe("NEUTRAL");
    expect(polarity("Children are told about their rights.")).toBe("NEUTRAL");
  });
});
