import { describe, expect, it } from "vitest";
import { decideFollowUp, type WeighedEvidence } from "../../../src/trace/decideFollowUp.ts";

// Invented evidence: what a later report might say about one area, already judged relevant.
const strength = (text: string, relevance = 0.3): WeighedEvidence => ({
  id: text,
  text,
  polarity: "STRENGTH",
  relevance,
  repeats: false,
});
const weakness = (text: string, relevance = 0.3): WeighedEvidence => ({
  id: text,
  text,
  polarity: "WEAKNESS",
  relevance,
  repeats: false,
});
const repeat = (text: string, relevance = 0.3): WeighedEvidence => ({
  id: text,
  text,
  polarity: null,
  relevance,
  repeats: true,
});

describe("decideFollowUp", () => {
  it("says NOT_COVERED when nothing relevant evaluates the area", () => {
    expect(decideFollowUp([], null).status).toBe("NOT_COVERED");
    const neutral: WeighedEvidence = {
      id: "n",
      text: "The panel meets monthly.",
      polarity: "NEUTRAL",
      relevance: 0.4,
      repeats: false,
    };
    const decision = decideFollowUp([neutral], null);
    expect(decision.status).toBe("NOT_COVERED");
    expect(decision.reason).toMatch(/without evaluating/);
  });

  it("says IMPROVED on strengths alone, with a reason that counts them", () => {
    const decision = decideFollowUp(
      [
        strength("Visits to privately fostered children are timely and thorough."),
        strength("Checks are completed promptly."),
      ],
      null,
    );
    expect(decision.status).toBe("IMPROVED");
    expect(decision.reason).toBe("2 relevant strengths; 0 weaknesses; repeated: no.");
  });

  it("says PERSISTS on weaknesses alone, and when stated persistence outweighs a little praise", () => {
    expect(decideFollowUp([weakness("Return interviews are not always offered.")], null).status).toBe(
      "PERSISTS",
    );
    const decision = decideFollowUp(
      [
        weakness("Contingency plans remain underdeveloped for many children."),
        weakness("Plans continue to lack clear timescales."),
        strength("A new template has been introduced.", 0.1),
      ],
      null,
    );
    expect(decision.status).toBe("PERSISTS");
  });

  it("says MIXED when clear improvement meets a material remaining weakness", () => {
    const decision = decideFollowUp(
      [
        strength("Supervision is now regular and reflective in most teams."),
        weakness("In the disabled children's team supervision is infrequent."),
      ],
      null,
    );
    expect(decision.status).toBe("MIXED");
  });

  it("says IMPROVED when the passage most squarely on the point praises it and criticism is less on it", () => {
    const led = decideFollowUp(
      [
        strength("Staying put arrangements are increasing and actively facilitated.", 0.4),
        weakness("Not all care leavers have a health passport.", 0.3),
      ],
      null,
    );
    expect(led.status).toBe("IMPROVED");
    expect(led.reason).toContain("the most relevant is a strength");
    // The same balance with the criticism on the point stays MIXED, and so does praise only loosely on it.
    const criticised = decideFollowUp(
      [
        weakness("Staying put is not offered to every care leaver.", 0.4),
        strength("Care leavers value their personal advisers.", 0.3),
      ],
      null,
    );
    expect(criticised.status).toBe("MIXED");
    const loose = decideFollowUp(
      [strength("Care leavers are supported well.", 0.15), weakness("Some plans are not up to date.", 0.12)],
      null,
    );
    expect(loose.status).toBe("MIXED");
    expect(loose.reason).not.toContain("the most relevant is a strength");
  });

  it("never says IMPROVED when a later recommendation asks for the same thing again", () => {
    const decision = decideFollowUp(
      [
        strength("Audits are completed on time."),
        strength("Managers use audit findings well."),
        repeat("The quality of case audits.", 0.1),
      ],
      null,
    );
    expect(decision.status).not.toBe("IMPROVED");
    expect(decision.reason).toContain("repeated: yes");
  });

  it("lets stated progress weigh: 'has improved since the last inspection' outweighs a minor weakness", () => {
    const plain = decideFollowUp(
      [strength("Assessments are detailed."), weakness("A few assessments are late.")],
      null,
    );
    const stated = decideFollowUp(
      [
        strength("Assessments have improved since the last inspection and are detailed."),
        weakness("A few assessments are late.", 0.1),
      ],
      null,
    );
    expect(plain.status).toBe("MIXED");
    expect(stated.status).toBe("IMPROVED");
    expect(stated.reason).toContain("stating progress");
  });

  it("weighs the later grade of the area a little, and says so", () => {
    const evidence = [
      strength("Pathway plans are thorough.", 0.3),
      weakness("Some pathway plans are out of date.", 0.08),
    ];
    const good = decideFollowUp(evidence, "GOOD");
    const inadequate = decideFollowUp(evidence, "INADEQUATE");
    expect(good.forImprovement).toBeGreaterThan(inadequate.forImprovement);
    expect(inadequate.against).toBeGreaterThan(good.against);
    expect(good.reason).toContain("later grade good");
  });

  it("is more confident with several passages clearly on one side than with one passage", () => {
    const several = decideFollowUp(
      [strength("a is good"), strength("b is good"), strength("c is good")],
      null,
    );
    const one = decideFollowUp([strength("a is good", 0.07)], null);
    expect(several.confidence).toBe("HIGH");
    expect(one.confidence).toBe("LOW");
  });

  it("counts a MIXED sentence as one passage, so it alone is never HIGH confidence", () => {
    const mixed: WeighedEvidence = {
      id: "m",
      text: "Supervision is regular but its quality remains variable.",
      polarity: "MIXED",
      relevance: 0.3,
      repeats: false,
    };
    expect(decideFollowUp([mixed], "INADEQUATE").confidence).toBe("LOW");
  });

  it("does not count a later recommendation that is not a repeat as stating progress", () => {
    const newRecommendation: WeighedEvidence = {
      id: "r",
      text: "Ensure that assessments, which are still late, are completed on time.",
      polarity: null,
      relevance: 0.3,
      repeats: false,
    };
    const decision = decideFollowUp([strength("Assessments are detailed."), newRecommendation], null);
    expect(decision.reason).toBe("1 relevant strength; 0 weaknesses; repeated: no.");
  });
});
