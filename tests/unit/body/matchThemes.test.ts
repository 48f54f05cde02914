import { describe, expect, it } from "vitest";
import { parseThemeTaxonomy, THEME_IDS, THEMES, themeById } from "../../../src/domain/ThemeTaxonomy.ts";
import { PURPOSE_WEIGHT } from "../../../src/extract/themes/clauseWeights.ts";
import { findThemeMatches, matchThemes } from "../../../src/extract/themes/matchThemes.ts";
import { rankThemes } from "../../../src/extract/themes/rankThemes.ts";

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

  it("returns each id once, most central first, and explains its matches", () => {
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

describe("matchThemes: what a passage is about", () => {
  it("puts the main clause's themes before those of its purpose clause", () => {
    expect(matchThemes("Strengthen supervision so that care plans are reviewed on time.")).toEqual([
      "supervision",
      "plans",
    ]);
    expect(rankThemes("Improve audits, so that plans are sharper.")[1]).toMatchObject({
      themeId: "plans",
      score: PURPOSE_WEIGHT,
    });
  });

  it("drops a theme named only in an illustration when the main clause names a theme", () => {
    expect(matchThemes("Supervision is regular and reflective, for example on placement moves.")).toEqual([
      "supervision",
    ]);
    expect(
      matchThemes("Return home interviews are thorough, for example when a child has run away from school."),
    ).toEqual(["missing-children"]);
  });

  it("puts an area of practice before a cross-cutting aspect named as strongly", () => {
    expect(matchThemes("Partner agencies attend strategy discussions.")).toEqual([
      "child-protection-enquiries",
      "partnership",
    ]);
    expect(matchThemes("Plans for care leavers are detailed.")).toEqual(["care-leavers", "plans"]);
    expect(matchThemes("Strengthen management oversight so that core groups meet regularly.")).toEqual([
      "management-oversight",
      "child-protection-enquiries",
    ]);
  });

  it("keeps an area in a purpose clause rather than a fourth aspect in the main clause", () => {
    expect(
      matchThemes(
        "Improve the recording, auditing and timeliness of assessments so that children who go missing are safe.",
      ),
    ).toEqual(["recording-chronologies", "quality-assurance", "missing-children"]);
  });

  it("keeps at most three themes, the most central", () => {
    const themes = matchThemes(
      "Improve supervision and audit, so that assessments, plans and chronologies are of good quality.",
    );
    expect(themes).toHaveLength(3);
    expect(themes.slice(0, 2)).toEqual(["supervision", "quality-assurance"]);
  });

  it("lets a generic term stand only when nothing more specific is said", () => {
    expect(matchThemes("Leaders know their services well.")).toEqual(["leadership-governance"]);
    expect(matchThemes("Staff have had training in the new model of practice.")).toEqual(["workforce"]);
    expect(
      matchThemes("Care leavers get help with budgeting and attend training on independent living skills."),
    ).toEqual(["care-leavers"]);
    expect(
      matchThemes("Audits of return home interviews are regular, so that leaders can act."),
    ).not.toContain("leadership-governance");
  });

  it("lets a generic term in a main clause yield to a specific theme named more than once", () => {
    expect(matchThemes("Workers value their managers and the reflective supervision they receive.")).toEqual([
      "supervision",
      "management-oversight",
    ]);
    expect(
      matchThemes("Managers make sure that supervision is regular and that supervision is reflective."),
    ).toEqual(["supervision"]);
  });

  it("drops a term that another theme's phrase accounts for", () => {
    expect(matchThemes("Improve the oversight of care leavers' cases.")).toEqual([
      "care-leavers",
      "management-oversight",
    ]);
    expect(matchThemes("Child protection conference chairs challenge drift.")).toEqual([
      "independent-reviewing",
      "drift-delay",
    ]);
    expect(matchThemes("More foster carers have been recruited this year.")).toEqual([
      "placement-stability-sufficiency",
    ]);
    expect(matchThemes("Senior managers have worked to increase the number of foster carers.")).toEqual([
      "placement-stability-sufficiency",
    ]);
    expect(matchThemes("Two more social workers have been recruited.")).toEqual(["workforce"]);
  });

  it("reads moves, carers and matching as placement and permanence practice", () => {
    expect(matchThemes("Fewer children experience moves of home.")).toEqual([
      "placement-stability-sufficiency",
    ]);
    expect(matchThemes("Special guardians receive support after the order.")).toEqual(["permanence"]);
    expect(matchThemes("Matching of children with adopters is careful.")).toEqual(["permanence"]);
    expect(matchThemes("Kinship carers receive the financial support they need.")).toEqual(["permanence"]);
  });

  it("finds the front door, management oversight and edge of care by their usual words", () => {
    expect(matchThemes("The out of hours service responds well to emergencies.")).toEqual(["front-door"]);
    expect(matchThemes("Contacts from schools are screened promptly.")).toContain("front-door");
    expect(matchThemes("Case oversight by team managers is evident.")).toEqual(["management-oversight"]);
    expect(matchThemes("Decisions are signed off at an appropriate level.")).toEqual([
      "management-oversight",
    ]);
    expect(matchThemes("Family group conferences are offered to most families.")).toEqual(["edge-of-care"]);
  });

  it("reads children's participation and complaints as their voice, not others' participation", () => {
    expect(matchThemes("Children are seen alone by their social workers.")).toEqual(["voice-of-child"]);
    expect(matchThemes("Young people know how to complain.")).toEqual(["voice-of-child"]);
    expect(matchThemes("The participation of children in their reviews is strong.")).toEqual([
      "voice-of-child",
    ]);
    expect(
      matchThemes("The participation of schools in core groups and in strategy discussions is inconsistent."),
    ).toEqual(["child-protection-enquiries", "education"]);
  });

  it("does not take organisational plans or others' assessments for children's", () => {
    expect(matchThemes("Leaders have plans to expand the edge of care service.")).not.toContain("plans");
    expect(matchThemes("Assessments of prospective adopters are thorough.")).toEqual(["permanence"]);
    expect(matchThemes("Children's medical assessments are up to date.")).toEqual(["health"]);
    expect(matchThemes("The meeting will take place outside school hours.")).not.toContain(
      "placement-stability-sufficiency",
    );
  });
});
