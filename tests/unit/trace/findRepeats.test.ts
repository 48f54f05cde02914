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

describe("findRepeats with themes", () => {
  it("takes a weaker word match as a repeat when the later recommendation is on the earlier one's central theme", () => {
    const visits = (laterThemes: string[]) => [
      {
        visitId: "2021",
        recommendations: [
          {
            id: "a",
            text: "The quality and frequency of supervision, with time for reflection and critical challenge.",
            themes: ["supervision"],
          },
        ],
      },
      {
        visitId: "2023",
        recommendations: [
          {
            id: "b",
            text: "Supervision and oversight of practice in the leaving care teams.",
            themes: laterThemes,
          },
          { id: "c", text: "The timeliness of health assessments for children in care.", themes: ["health"] },
        ],
      },
    ];
    expect(findRepeats(visits(["supervision"])).map((link) => link.later)).toEqual(["b"]);
    expect(findRepeats(visits(["care-leavers"]))).toEqual([]);
  });
});
