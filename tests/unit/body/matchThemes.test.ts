import { describe, expect, it } from "vitest";
import { parseThemeTaxonomy, THEME_IDS, THEMES, themeById } from "../../../src/domain/ThemeTaxonomy.ts";
import { findThemeMatches, matchThemes } from "../../../src/extract/themes/matchThemes.ts";

describe("the theme taxonomy", () => {
  it("keeps every theme id of the domain's starting taxonomy", () => {
    const domainIds = [
      "supervision",
      "management-oversight",
      "plans",
      "assessments",
      "thresholds",
      "front-door",
      "early-help",
      "child-protection-enquiries",
      "extra-familial-harm",
      "missing-children",
      "placement-stability-sufficiency",
      "permanence",
      "care-leavers",
      "homelessness-16-17",
      "private-fostering",
      "lado",
      "disabled-children",
      "education",
      "health",
      "pre-proceedings-plo",
      "domestic-abuse",
      "neglect",
      "workforce",
      "quality-assurance",
      "performance-data",
      "partnership",
      "voice-of-child",
      "leadership-governance",
      "corporate-parenting",
      "recording-chronologies",
      "drift-delay",
      "support-and-challenge",
    ];
    expect(THEME_IDS).toEqual(expect.arrayContaining(domainIds));
    expect(new Set(THEME_IDS).size).toBe(THEMES.length);
  });

  it("looks themes up by id", () => {
    expect(themeById("supervision")?.label).toBe("Supervision");
    expect(themeById("no-such-theme")).toBeUndefined();
  });

  it("rejects malformed taxonomy data with a CONFIG_INVALID error", () => {
    const theme = { id: "Not A Slug", label: "x", description: "x", terms: ["x"] };
    expect(() => parseThemeTaxonomy({ version: 1, syntax: "", themes: [theme] })).toThrow(
      expect.objectContaining({ code: "CONFIG_INVALID" }),
    );
    const duplicate = { id: "a", label: "x", description: "x", terms: ["x"] };
    expect(() => parseThemeTaxonomy({ version: 1, syntax: "", themes: [duplicate, duplicate] })).toThrow(
      /unique/,
    );
  });
});

describe("matchThemes", () => {
  it("matches inflections of a term", () => {
    expect(matchThemes("Staff are well supervised.")).toEqual(["supervision"]);
    expect(matchThemes("Supervision is regular.")).toEqual(["supervision"]);
    expect(matchThemes("Thresholds are applied appropriately.")).toEqual(["thresholds"]);
  });

  it("matches phrasings and possessives", () => {
    expect(matchThemes("Management oversight is strong.")).toContain("management-oversight");
    expect(matchThemes("Managers' oversight of casework is strong.")).toContain("management-oversight");
    expect(matchThemes("Oversight by team managers is strong.")).toContain("management-oversight");
    expect(matchThemes("Return home interviews are used well.")).toEqual(["missing-children"]);
    expect(matchThemes("gangs and county lines")).toEqual(["extra-familial-harm"]);
    expect(matchThemes("Too many placement moves.")).toEqual(["placement-stability-sufficiency"]);
    expect(matchThemes("16- and 17-year-olds who present as homeless")).toEqual(["homelessness-16-17"]);
  });

  it("takes plans for children, not planned events or organisational plans", () => {
    expect(matchThemes("Some plans try to address too many issues.")).toEqual(["plans"]);
    expect(matchThemes("The planned review took place after unplanned delays.")).not.toContain("plans");
    expect(matchThemes("The improvement plan is being implemented.")).not.toContain("plans");
  });

  it("matches whole words only, and acronyms only in capitals", () => {
    expect(matchThemes("They said they would mash potatoes.")).toEqual([]);
    expect(matchThemes("Referrals reach the MASH quickly.")).toContain("front-door");
    expect(matchThemes("The child was not sufficiently supported.")).not.toContain(
      "placement-stability-sufficiency",
    );
    expect(matchThemes("The two are not mutually exclusive.")).not.toContain("education");
  });

  it("drops a term inside one of its theme's exclusions", () => {
    expect(matchThemes("The council has a track record of delivering good services.")).toEqual([]);
    expect(matchThemes("Children missing from education are tracked.")).toEqual(["education"]);
  });

  it("returns ids in taxonomy order, each once, and explains its matches", () => {
    expect(matchThemes("Supervision and management oversight, and more supervision.")).toEqual([
      "supervision",
      "management-oversight",
    ]);
    const passage = "Managers' oversight is weak.";
    const [match] = findThemeMatches(passage);
    expect(match).toMatchObject({ themeId: "management-oversight", term: "management oversight" });
    expect(passage.slice(match?.start, match?.end)).toBe("Managers' oversight");
  });
});
