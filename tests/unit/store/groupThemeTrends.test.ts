import { describe, expect, it } from "vitest";
import { groupThemeTrends, type TrendVisitRow } from "../../../src/store/insights/readThemeTrends.ts";
import { authorityReference } from "../../../src/store/reference/loadAuthorityReference.ts";

const visit = (id: string, startDate: string | null, recs: string[][], weak: string[][]): TrendVisitRow => ({
  visitId: id,
  authorityId: id.split("/")[0] as string,
  startDate,
  recommendationThemes: recs,
  weaknessThemes: weak,
});

const VISITS = [
  visit("hertfordshire/2015-09", "2015-09-01", [["plans", "assessments"], []], [["plans"]]),
  visit("trafford/2019-03", "2019-03-04", [["supervision"]], [["supervision"], ["supervision", "plans"], []]),
  visit("trafford/2022-11", "2022-11", [], []),
  visit("nowhere/x", null, [["plans"]], []),
];

const reference = authorityReference();
const hertfordshire = reference.match({ id: "hertfordshire", name: "Hertfordshire", urns: [] });
const trafford = reference.match({ id: "trafford", name: "Trafford", urns: [] });
const matches = {
  entryOf: new Map([
    ["hertfordshire", hertfordshire!],
    ["trafford", trafford!],
  ]),
  authorityOf: new Map(),
};

describe("groupThemeTrends", () => {
  it("counts every recommendation and weakness once in the totals, and once per theme in the themes", () => {
    const [ilacs, sif, undated] = groupThemeTrends(VISITS, "FRAMEWORK", matches);
    expect(sif).toMatchObject({ key: "SIF", visits: 1, recommendations: 2, weaknesses: 1 });
    expect(sif?.themes).toEqual([
      { themeId: "plans", recommendations: 1, weaknesses: 1 },
      { themeId: "assessments", recommendations: 1, weaknesses: 0 },
    ]);
    expect(ilacs).toMatchObject({ key: "ILACS", visits: 2, recommendations: 1, weaknesses: 3 });
    expect(ilacs?.themes[0]).toEqual({ themeId: "supervision", recommendations: 1, weaknesses: 2 });
    expect(undated).toMatchObject({ key: "UNDATED", visits: 1 });
  });

  it("groups by year and by region, UNKNOWN without a reference row", () => {
    expect(groupThemeTrends(VISITS, "YEAR", matches).map((g) => [g.key, g.visits])).toEqual([
      ["2015", 1],
      ["2019", 1],
      ["2022", 1],
      ["UNDATED", 1],
    ]);
    expect(groupThemeTrends(VISITS, "REGION", matches).map((g) => [g.key, g.visits])).toEqual([
      ["East of England", 1],
      ["North West", 2],
      ["UNKNOWN", 1],
    ]);
  });
});
