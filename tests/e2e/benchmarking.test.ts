import { describe, expect, it } from "vitest";
import { EXAMPLE_QUERIES } from "../../src/graphql/exampleQueries.ts";
import { WORKED_EXAMPLE_REPORTS } from "../helpers/fixtures.ts";
import { useSeededApi } from "../helpers/seededApi.ts";

// Benchmarking over HTTP of the real API on a real Neo4j: the seeds, the worked-example reports and three
// reports of two of Hertfordshire's statistical neighbours (West Sussex 2019; Trafford 2019 and 2022).

/** Two of Hertfordshire's neighbours: West Sussex (5th closest) and Trafford (8th, two visits). */
const NEIGHBOUR_REPORTS = [
  "80578_west-sussex__08-may-2019.pdf",
  "80573_trafford__08-may-2019.pdf",
  "80573_trafford__31-january-2023.pdf",
];

const seeded = useSeededApi([...WORKED_EXAMPLE_REPORTS, ...NEIGHBOUR_REPORTS]);

async function query(text: string, variables: Record<string, unknown> = {}) {
  const { status, body } = await seeded.api.post(text, variables);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data;
}

const COMPARE = `query Compare($authorityId: ID!, $themeId: ID!) {
  compareWithNeighbours(authorityId: $authorityId, themeId: $themeId) {
    theme { id }
    authority {
      authority { id }
      rank
      latestGrade
      latestGradeVisit { id }
      visits {
        visit { id }
        weaknesses { id text evidence { document { id } start end page text } }
        recommendations { text }
      }
    }
    neighbours { rank authority { id } latestGrade latestJudgements { area grade } visits { visit { id } } }
    absentNeighbours { name }
    improvements {
      authority { id }
      recommendation { id text themes { id } }
      visit { id startDate }
      improvedAt { id startDate }
      reason
      strengths { text evidence { document { id } start end text } }
    }
  }
}`;

describe("authority reference data", () => {
  it("gives Hertfordshire's codes, region and its ten statistical neighbours in order", async () => {
    const data = await query(`{
      authority(id: "hertfordshire") {
        urn dfeCode onsCode region { code name } type childPopulation
        statisticalNeighbours { id }
        reference { statisticalNeighbours { name dfeCode authority { id } } }
      }
    }`);
    const authority = data.authority;
    expect(authority).toMatchObject({
      urn: 80475,
      dfeCode: "919",
      onsCode: "E10000015",
      region: { code: "E", name: "East of England" },
      type: "County",
    });
    expect(authority.childPopulation).toBeGreaterThan(0);
    const ten = authority.reference.statisticalNeighbours;
    expect(ten.map((n: any) => n.name)).toEqual([
      "Oxfordshire",
      "Buckinghamshire",
      "Cambridgeshire",
      "Bracknell Forest",
      "West Sussex",
      "Bromley",
      "Hampshire",
      "Trafford",
      "Gloucestershire",
      "West Berkshire",
    ]);
    expect(ten.map((n: any) => n.dfeCode)).toEqual([
      "931",
      "825",
      "873",
      "867",
      "938",
      "305",
      "850",
      "358",
      "916",
      "869",
    ]);
    // As authorities: those the graph holds, in the same order.
    const inGraph = ten.filter((n: any) => n.authority).map((n: any) => n.authority.id);
    expect(inGraph).toEqual(["west-sussex", "trafford"]);
    expect(authority.statisticalNeighbours.map((a: any) => a.id)).toEqual(inGraph);
  });

  it("gives an authority's latest judgements", async () => {
    const data = await query(
      `{ authority(id: "trafford") { latestJudgements { area grade visit { id } } } }`,
    );
    const judgements = data.authority.latestJudgements;
    expect(judgements.length).toBeGreaterThan(0);
    expect(new Set(judgements.map((j: any) => j.visit.id))).toEqual(new Set(["trafford/2022-11"]));
  });
});

describe("compareWithNeighbours", () => {
  it("sets Hertfordshire's 2021 supervision weakness, with its evidence, beside each neighbour in the graph", async () => {
    const data = await query(COMPARE, { authorityId: "hertfordshire", themeId: "supervision" });
    const comparison = data.compareWithNeighbours;
    expect(comparison.authority.authority.id).toBe("hertfordshire");
    expect(comparison.authority.rank).toBeNull();
    const visit2021 = comparison.authority.visits.find((v: any) => v.visit.id === "hertfordshire/2021-07");
    expect(visit2021, "Hertfordshire's 2021 visit").toBeDefined();
    const weaknesses = visit2021.weaknesses.filter((w: any) => /supervision/i.test(w.text));
    expect(weaknesses.length).toBeGreaterThan(0);
    for (const weakness of weaknesses) {
      expect(weakness.evidence.document.id).toBeTruthy();
      expect(weakness.evidence.end).toBeGreaterThan(weakness.evidence.start);
      expect(weakness.evidence.text).toBe(weakness.text);
    }
    // Every neighbour the graph holds, closest first, with its rank and latest grade; the others by name.
    expect(comparison.neighbours.map((n: any) => [n.rank, n.authority.id])).toEqual([
      [5, "west-sussex"],
      [8, "trafford"],
    ]);
    for (const neighbour of comparison.neighbours) {
      expect(neighbour.latestGrade).toMatch(/OUTSTANDING|GOOD|REQUIRES_IMPROVEMENT|INADEQUATE/);
      expect(neighbour.visits.length).toBeGreaterThan(0);
    }
    expect(comparison.absentNeighbours).toHaveLength(8);
    expect(comparison.absentNeighbours.map((n: any) => n.name)).not.toContain("Trafford");
  });

  it("shows what a neighbour that improved after the same recommendation did, with evidence", async () => {
    // Whichever of Trafford's recommendations the trace calls IMPROVED at the next visit must be listed
    // among the improvements on its theme, with the strengths that show it.
    const data = await query(`{
      visit(id: "trafford/2019-03") { recommendations(first: 50) { nodes { id themes { id } } } }
    }`);
    const recommendations = data.visit.recommendations.nodes;
    expect(recommendations.length).toBeGreaterThan(0);
    const improved: Array<{ id: string; themeId: string }> = [];
    for (const r of recommendations) {
      const trace = await query(
        `query ($id: ID!) { traceRecommendation(id: $id) { followUps { status } } }`,
        { id: r.id },
      );
      const next = trace.traceRecommendation.followUps.find((f: any) => f.status !== "NOT_COVERED");
      if (next?.status === "IMPROVED" && r.themes[0]) improved.push({ id: r.id, themeId: r.themes[0].id });
    }
    expect(improved.length, "a Trafford 2019 recommendation traced to IMPROVED").toBeGreaterThan(0);
    for (const { id, themeId } of improved) {
      const compared = await query(COMPARE, { authorityId: "hertfordshire", themeId });
      const improvements = compared.compareWithNeighbours.improvements;
      const listed = improvements.find((i: any) => i.recommendation.id === id);
      expect(listed, `Trafford's improved recommendation on ${themeId}`).toBeDefined();
      for (const improvement of improvements) {
        expect(improvement.recommendation.themes.map((t: any) => t.id)).toContain(themeId);
        expect(improvement.improvedAt.startDate > improvement.visit.startDate).toBe(true);
        expect(improvement.reason).toMatch(/relevant strengths?/);
        expect(improvement.strengths.length).toBeGreaterThan(0);
        for (const strength of improvement.strengths) {
          expect(strength.evidence.text).toBe(strength.text);
          expect(strength.evidence.end).toBeGreaterThan(strength.evidence.start);
        }
      }
    }
  });

  it("answers null for an unknown authority or theme", async () => {
    const a = await query(COMPARE, { authorityId: "nowhere", themeId: "supervision" });
    expect(a.compareWithNeighbours).toBeNull();
    const b = await query(COMPARE, { authorityId: "hertfordshire", themeId: "no-such-theme" });
    expect(b.compareWithNeighbours).toBeNull();
  });
});

describe("themeTrends", () => {
  const TRENDS = `query Trends($groupBy: TrendGrouping!, $from: PartialDate, $to: PartialDate) {
    themeTrends(groupBy: $groupBy, from: $from, to: $to) {
      key visits recommendations weaknesses
      themes { theme { id } recommendations weaknesses recommendationsPerVisit weaknessesPerVisit }
    }
  }`;

  it("totals, however grouped, equal the recommendations and weakness findings in the graph", async () => {
    const graph = await query(`{
      stats { visits recommendations }
      weaknesses: findings(filter: { polarity: WEAKNESS }) { totalCount }
      supervision: recommendations(filter: { themeId: "supervision" }) { totalCount }
    }`);
    expect(graph.stats.recommendations).toBeGreaterThan(0);
    for (const groupBy of ["YEAR", "FRAMEWORK", "REGION"]) {
      const groups = (await query(TRENDS, { groupBy })).themeTrends;
      const sum = (pick: (g: any) => number) => groups.reduce((n: number, g: any) => n + pick(g), 0);
      expect(
        sum((g) => g.visits),
        groupBy,
      ).toBe(graph.stats.visits);
      expect(
        sum((g) => g.recommendations),
        groupBy,
      ).toBe(graph.stats.recommendations);
      expect(
        sum((g) => g.weaknesses),
        groupBy,
      ).toBe(graph.weaknesses.totalCount);
      const onSupervision = (g: any) =>
        g.themes.find((t: any) => t.theme.id === "supervision")?.recommendations ?? 0;
      expect(sum(onSupervision), groupBy).toBe(graph.supervision.totalCount);
      for (const group of groups)
        for (const theme of group.themes) {
          expect(theme.recommendationsPerVisit).toBeCloseTo(theme.recommendations / group.visits, 10);
          expect(theme.weaknessesPerVisit).toBeCloseTo(theme.weaknesses / group.visits, 10);
        }
    }
  });

  it("groups by region through the reference data and keeps the dates asked for", async () => {
    const regions = (await query(TRENDS, { groupBy: "REGION" })).themeTrends.map((g: any) => g.key);
    expect(regions).toEqual(
      expect.arrayContaining(["East of England", "North West", "South East", "West Midlands"]),
    );
    const years = (await query(TRENDS, { groupBy: "YEAR", from: "2018", to: "2021" })).themeTrends;
    expect(years.map((g: any) => g.key)).toEqual(["2018", "2019", "2021"]);
    // The 2011 seed letter precedes SIF; the rest are ILACS-era (no 2013–2017 report is loaded here).
    const eras = (await query(TRENDS, { groupBy: "FRAMEWORK" })).themeTrends.map((g: any) => g.key);
    expect(eras).toEqual(["ILACS", "PRE_SIF"]);
  });
});

describe("the playground's benchmarking examples", () => {
  const examples = EXAMPLE_QUERIES.filter((e) => /neighbours|trends/i.test(e.name));

  it("are there, one per query", () => {
    expect(examples.map((e) => Object.keys(e.variables ?? {}).length > 0)).toEqual([true, true, true]);
  });

  it.each(examples.map((e) => [e.name, e] as const))("runs '%s' with no error", async (_name, example) => {
    const data = await query(example.query, example.variables ?? {});
    const [answer] = Object.values(data);
    expect(answer).toBeTruthy();
  });
});
