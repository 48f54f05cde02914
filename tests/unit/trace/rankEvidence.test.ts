import { describe, expect, it } from "vitest";
import { rankEvidence } from "../../../src/trace/rankEvidence.ts";
import { rankingTerms } from "../../../src/trace/rankingTerms.ts";

// An invented later visit: a few findings on different areas.
const later = [
  {
    id: "contingency",
    text: "Contingency plans are now clear about what will happen if risks increase.",
    themes: ["plans"],
  },
  {
    id: "pathway",
    text: "Pathway plans are detailed and regularly updated with care leavers.",
    themes: ["plans", "care-leavers"],
  },
  {
    id: "early-help",
    text: "Early help plans are reviewed at team meetings.",
    themes: ["plans", "early-help"],
  },
  {
    id: "rhi",
    text: "Return home interviews are offered promptly when children go missing.",
    themes: ["missing-children"],
  },
  { id: "supervision", text: "Supervision is regular and reflective.", themes: ["supervision"] },
];

describe("rankingTerms", () => {
  it("keeps content words as stems and adjacent pairs, without the words every recommendation uses", () => {
    expect(rankingTerms("Ensure that return home interviews are consistently effective")).toEqual([
      "return",
      "return_home",
      "home",
      "home_interview",
      "interview",
    ]);
  });
});

describe("rankEvidence", () => {
  it("ranks the passage on the same specific issue first, not those that only share the broad theme", () => {
    const ranked = rankEvidence(
      { text: "Improve the quality of contingency plans for children.", themes: ["plans"] },
      later,
    );
    expect(ranked[0]?.candidate.id).toBe("contingency");
    const others = ranked.filter((r) => r.candidate.id !== "contingency");
    for (const other of others)
      expect(other.relevance).toBeLessThan((ranked[0] as { relevance: number }).relevance / 2);
  });

  it("prefers a shared phrase to the same words scattered", () => {
    const ranked = rankEvidence({ text: "Ensure return home interviews take place.", themes: [] }, [
      {
        id: "scattered",
        text: "Children return to school; interviews with parents take place at home.",
        themes: [],
      },
      { id: "phrase", text: "Return home interviews take place for every child.", themes: [] },
    ]);
    expect(ranked[0]?.candidate.id).toBe("phrase");
  });

  it("gives nothing for a passage that shares only a theme, and marks the one that shares words and a theme", () => {
    const recommendation = {
      text: "Strengthen the reflective quality of supervision.",
      themes: ["supervision", "missing-children"],
    };
    const ranked = rankEvidence(recommendation, later);
    expect(ranked.find((r) => r.candidate.id === "rhi")).toBeUndefined();
    const supervision = ranked.find((r) => r.candidate.id === "supervision");
    expect(supervision?.sharesTheme).toBe(true);
    expect(supervision?.relevance).toBeGreaterThan(0);
  });

  it("returns nothing for a recommendation made only of common words, or with no candidates", () => {
    expect(
      rankEvidence({ text: "Ensure that practice is consistently effective.", themes: [] }, later),
    ).toEqual([]);
    expect(rankEvidence({ text: "Improve contingency plans.", themes: [] }, [])).toEqual([]);
  });
});
