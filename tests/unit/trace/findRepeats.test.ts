import { describe, expect, it } from "vitest";
import { findRepeats } from "../../../src/trace/findRepeats.ts";

const rec = (id: string, text: string) => ({ id, text, themes: [] });

describe("findRepeats", () => {
  it("links a later recommendation to the earlier one it asks for again, across a visit that made none", () => {
    const links = findRepeats([
      {
        visitId: "2015",
        recommendations: [
          rec("a", "Improve the timeliness of return home interviews for children who go missing."),
          rec("b", "Ensure that private fostering arrangements are assessed within timescales."),
        ],
      },
      { visitId: "2017-monitoring", recommendations: [] },
      {
        visitId: "2019",
        recommendations: [
          rec("c", "The timeliness and quality of return home interviews."),
          rec("d", "The stability of the social work workforce."),
        ],
      },
    ]);
    expect(links.map(({ later, earlier }) => [later, earlier])).toEqual([["c", "a"]]);
    expect(links[0]?.relevance).toBeGreaterThan(0);
  });

  it("links nothing when visits are given with no later recommendations", () => {
    expect(findRepeats([{ visitId: "v", recommendations: [rec("a", "Improve supervision.")] }])).toEqual([]);
  });
});
