import { beforeAll, describe, expect, it } from "vitest";
import { ingestFixtures, WORKED_EXAMPLE_REPORTS } from "../helpers/fixtures.ts";
import { useSeededApi } from "../helpers/seededApi.ts";

// The worked examples of domain.md, asked over HTTP of the real API on a real Neo4j: first on the seeds
// alone, then with the Hertfordshire 2018 and 2023 and Herefordshire 2022 and 2026 reports added.

const seeded = useSeededApi();

const RECURRING = `query Recurring($authorityId: ID, $groupBy: RecurrenceGrouping, $minVisits: Int = 2) {
  recurringServices(authorityId: $authorityId, minVisits: $minVisits, groupBy: $groupBy) {
    kind { id }
    service { id }
    visitCount
    authorityCount
    visits { visit { id } polarity findings { text evidence { start end document { id } } } }
  }
}`;

const RECOMMENDATIONS = `query Recs($authorityId: ID!, $themeId: ID!) {
  recommendations(filter: { authorityId: $authorityId, themeId: $themeId }, first: 50) {
    nodes { id text visit { id } evidence { document { kind } } }
  }
}`;

const TRACE = `query Trace($id: ID!) {
  traceRecommendation(id: $id) {
    visit { id }
    actions { reference owner { name } dueDate }
    followUps {
      visit { id }
      status
      confidence
      reason
      evidence { kind relevance deciding finding { id } recommendation { id } }
      strengths { id text evidence { document { id title } start end page text } }
      weaknesses { id text }
      recommendations { id text }
      repeatedBy { id text }
      decidedBy
    }
    overallStatus
  }
}`;

async function query(text: string, variables: Record<string, unknown> = {}) {
  const { status, body } = await seeded.api.post(text, variables);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data;
}

/** The recommendation of a visit whose text matches, from a document of the given kind. */
async function findRecommendation(
  authorityId: string,
  themeId: string,
  visitId: string,
  pattern: RegExp,
  kind?: string,
) {
  const data = await query(RECOMMENDATIONS, { authorityId, themeId });
  const match = data.recommendations.nodes.find(
    (r: any) =>
      r.visit.id === visitId && pattern.test(r.text) && (!kind || r.evidence.document.kind === kind),
  );
  expect(match, `a ${themeId} recommendation of ${visitId} matching ${pattern}`).toBeDefined();
  return match.id as string;
}

describe("the seeds alone", () => {
  it("MASH and MACE each recur in findings of two visits: Hertfordshire 2021 and Herefordshire 2024", async () => {
    const data = await query(RECURRING, {});
    const byKind = new Map(data.recurringServices.map((r: any) => [r.kind.id, r]));
    for (const kind of ["mash", "mace"]) {
      const recurrence: any = byKind.get(kind);
      expect(recurrence, kind).toBeDefined();
      expect(recurrence.visitCount).toBe(2);
      expect(recurrence.authorityCount).toBe(2);
      expect(recurrence.visits.map((v: any) => v.visit.id)).toEqual([
        "hertfordshire/2021-07",
        "herefordshire/2024-10",
      ]);
      for (const visit of recurrence.visits) {
        expect(visit.findings.length).toBeGreaterThan(0);
        for (const finding of visit.findings) {
          expect(finding.text).toMatch(kind === "mash" ? /MASH|multi-agency safeguarding hub/ : /MACE/);
          expect(finding.evidence.end).toBeGreaterThan(finding.evidence.start);
        }
      }
    }
  });

  it("by service within Hertfordshire: its own services only, and at two visits only those found at two", async () => {
    const seen = (await query(RECURRING, { authorityId: "hertfordshire", groupBy: "SERVICE", minVisits: 1 }))
      .recurringServices;
    // Hertfordshire's services named in findings of the seeds (the 2021 letter names its MASH and MACE).
    expect(seen.map((r: any) => r.kind.id)).toEqual(expect.arrayContaining(["mash", "mace"]));
    for (const recurrence of seen) {
      expect(recurrence.service.id).toMatch(/^hertfordshire\//);
      expect(recurrence.authorityCount).toBe(1);
      for (const visit of recurrence.visits) expect(visit.visit.id).toMatch(/^hertfordshire\//);
    }
    const recurring = (await query(RECURRING, { authorityId: "hertfordshire", groupBy: "SERVICE" }))
      .recurringServices;
    expect(recurring).toEqual(seen.filter((r: any) => r.visitCount >= 2));
  });

  it("traces 'consistently applying thresholds with adolescents' (2018) to actions 5.1-5.3 and an improved 2021", async () => {
    const id = await findRecommendation(
      "hertfordshire",
      "thresholds",
      "hertfordshire/2018-10",
      /thresholds with adolescents/i,
      "COUNCIL_REPORT",
    );
    const trace = (await query(TRACE, { id })).traceRecommendation;
    expect(trace.visit.id).toBe("hertfordshire/2018-10");
    expect(trace.actions.map((a: any) => a.reference)).toEqual(["5.1", "5.2", "5.3"]);
    for (const action of trace.actions) expect(action.owner?.name).toBeTruthy();
    const visit2021 = trace.followUps.find((f: any) => f.visit.id === "hertfordshire/2021-07");
    expect(visit2021.status).toBe("IMPROVED");
    expect(visit2021.strengths.length).toBeGreaterThan(0);
    expect(visit2021.weaknesses).toEqual([]);
    // The strengths are the evidence the status rests on, each on the subject and most relevant first.
    const deciding = visit2021.evidence.filter((e: any) => e.deciding);
    expect(visit2021.decidedBy).toEqual(deciding.map((e: any) => (e.finding ?? e.recommendation).id));
    for (const strength of visit2021.strengths) expect(visit2021.decidedBy).toContain(strength.id);
    const relevances = visit2021.evidence.map((e: any) => e.relevance);
    expect(relevances).toEqual([...relevances].sort((a, b) => b - a));
    expect(visit2021.reason).toMatch(/relevant strengths?; 0 weaknesses; repeated: no/);
    // The evidence is the exact passage of the 2021 letter.
    for (const strength of visit2021.strengths) expect(strength.evidence.text).toBe(strength.text);
  });

  it("knows inspector Nigel Parkes from the 2021 letter only: no seed names the 2018 inspection's team", async () => {
    const data = await query(
      `{ inspector(id: "nigel-parkes") { name visits { edges { lead node { id } } } } }`,
    );
    expect(data.inspector.name).toBe("Nigel Parkes");
    expect(data.inspector.visits.edges.map((e: any) => e.node.id)).toEqual(["hertfordshire/2021-07"]);
  });
});

describe("with the corpus reports", () => {
  beforeAll(async () => {
    const summary = await ingestFixtures(seeded.executor, WORKED_EXAMPLE_REPORTS);
    expect(summary.failed).toBe(0);
  });

  it("joins the news article, council report and Ofsted report of October 2018 into one visit", async () => {
    const data = await query(
      `{ visit(id: "hertfordshire/2018-10") { type startDate endDate documents { kind } } }`,
    );
    expect(data.visit.documents.map((d: any) => d.kind).sort()).toEqual([
      "COUNCIL_REPORT",
      "NEWS_ARTICLE",
      "OFSTED_REPORT",
    ]);
    expect(data.visit).toMatchObject({
      type: "SHORT_INSPECTION",
      startDate: "2018-10-15",
      endDate: "2018-10-19",
    });
  });

  it("links Hertfordshire 2018 and 2021 through inspector Nigel Parkes, lead in 2018", async () => {
    const data = await query(`{ inspector(id: "nigel-parkes") { visits { edges { lead node { id } } } } }`);
    const edges = data.inspector.visits.edges.map((e: any) => [e.node.id, e.lead]);
    expect(edges).toEqual([
      ["hertfordshire/2018-10", true],
      ["hertfordshire/2021-07", false],
    ]);
  });

  it("traces 'the quality and frequency of supervision' (2021) to a partly persisting 2023", async () => {
    const id = await findRecommendation(
      "hertfordshire",
      "supervision",
      "hertfordshire/2021-07",
      /frequency of supervision/i,
    );
    const trace = (await query(TRACE, { id })).traceRecommendation;
    const visit2023 = trace.followUps.find((f: any) => f.visit.id === "hertfordshire/2023-01");
    expect(visit2023.status).toBe("MIXED");
    expect(visit2023.strengths.some((s: any) => /regular, reflective supervision/i.test(s.text))).toBe(true);
    expect(visit2023.weaknesses.some((w: any) => /care leaver/i.test(w.text))).toBe(true);
    const repeat = visit2023.repeatedBy.find(
      (r: any) => /supervision/i.test(r.text) && /care leavers/i.test(r.text),
    );
    expect(repeat, "the 2023 recommendation on supervision in the care leavers service").toBeDefined();
    expect(visit2023.recommendations.map((r: any) => r.id)).toContain(repeat.id);
    expect(trace.overallStatus).toBe("MIXED");
    // The later recommendation REPEATS the earlier one, navigable both ways.
    const links = await query(
      `query ($a: ID!, $b: ID!) { a: recommendation(id: $a) { repeatedBy { id } } b: recommendation(id: $b) { repeats { id } } }`,
      { a: id, b: repeat.id },
    );
    expect(links.a.repeatedBy.map((r: any) => r.id)).toContain(repeat.id);
    expect(links.b.repeats.map((r: any) => r.id)).toContain(id);
  });

  it("traces Herefordshire's 2022 management oversight to a persisting 2024 monitoring visit, then 2025", async () => {
    const id = await findRecommendation(
      "herefordshire",
      "management-oversight",
      "herefordshire/2022-07",
      /management oversight/i,
    );
    const trace = (await query(TRACE, { id })).traceRecommendation;
    expect(trace.followUps.map((f: any) => f.visit.id)).toEqual([
      "herefordshire/2024-10",
      "herefordshire/2025-11",
    ]);
    const [visit2024, visit2025] = trace.followUps;
    expect(visit2024.status).toBe("PERSISTS");
    expect(visit2024.weaknesses.some((w: any) => /continues to need improvement/i.test(w.text))).toBe(true);
    expect(visit2025.strengths.length).toBeGreaterThan(0);
  });

  it("traces a recommendation in the same statements whatever the number of later visits", async () => {
    const twoLater = await findRecommendation(
      "hertfordshire",
      "thresholds",
      "hertfordshire/2018-10",
      /thresholds with adolescents/i,
      "COUNCIL_REPORT",
    );
    const oneLater = await findRecommendation(
      "hertfordshire",
      "supervision",
      "hertfordshire/2021-07",
      /frequency of supervision/i,
    );
    // Everything a follow-up needs comes with the trace's one statement (nested fields that load other
    // nodes, such as evidence documents, add their own batched statements whatever the visit count).
    const LEAN = `query ($id: ID!) {
      traceRecommendation(id: $id) {
        followUps { visit { id } status confidence reason evidence { relevance deciding finding { text } } }
      }
    }`;
    const statements = async (id: string) => {
      const before = seeded.executor.statementCount;
      const trace = (await query(LEAN, { id })).traceRecommendation;
      return { count: seeded.executor.statementCount - before, laterVisits: trace.followUps.length };
    };
    const two = await statements(twoLater);
    const one = await statements(oneLater);
    expect(two.laterVisits).toBe(2);
    expect(one.laterVisits).toBe(1);
    expect(two.count).toBe(one.count);
    // The follow-ups were stored when the authority was relinked: the trace is that one read.
    expect(two.count).toBe(1);
  });

  // The batch traces every pair on the fly and traceRecommendation reads the follow-ups stored at relink:
  // equal answers show the stored ones are exactly what tracing gives.
  it("traces every recommendation of an authority in one statement, each as traceRecommendation does", async () => {
    const BATCH = `query ($id: ID!) {
      authority(id: $id) {
        recommendationTraces {
          recommendation { id } visit { id } overallStatus
          followUps {
            visit { id } status confidence reason decidedBy
            evidence { kind relevance sharesTheme deciding repeats finding { id } recommendation { id } }
            strengths { id } weaknesses { id } recommendations { id } repeatedBy { id }
          }
        }
      }
    }`;
    const ONE = `query ($id: ID!) {
      traceRecommendation(id: $id) {
        recommendation { id } visit { id } overallStatus
        followUps {
          visit { id } status confidence reason decidedBy
          evidence { kind relevance sharesTheme deciding repeats finding { id } recommendation { id } }
          strengths { id } weaknesses { id } recommendations { id } repeatedBy { id }
        }
      }
    }`;
    for (const authorityId of ["hertfordshire", "herefordshire"]) {
      const before = seeded.executor.statementCount;
      const batch = (await query(BATCH, { id: authorityId })).authority.recommendationTraces;
      expect(seeded.executor.statementCount - before).toBe(2); // the authority, then every trace
      const all = await query(
        `query ($id: ID!) { recommendations(filter: { authorityId: $id }, first: 100) { nodes { id } } }`,
        { id: authorityId },
      );
      expect(batch.map((t: any) => t.recommendation.id).sort()).toEqual(
        all.recommendations.nodes.map((r: any) => r.id).sort(),
      );
      expect(batch.some((t: any) => t.followUps.length > 1)).toBe(true);
      for (const trace of batch) {
        const one = (await query(ONE, { id: trace.recommendation.id })).traceRecommendation;
        expect(trace).toEqual(one);
      }
    }
    const none = await query(BATCH, { id: "atlantis" });
    expect(none.authority).toBeNull();
  });

  it("counts each visit's findings and recommendations per theme, as the theme's timeline lists them", async () => {
    const data = await query(
      `{ visit(id: "hertfordshire/2023-01") { themeCounts { theme { id } strengths weaknesses mixed neutral recommendations } }
         themeTimeline(themeId: "supervision", authorityId: "hertfordshire") {
           entries { visit { id } strengths { id } weaknesses { id } mixed { id } recommendations { id } }
         } }`,
    );
    const counts = data.visit.themeCounts;
    expect(counts.length).toBeGreaterThan(3);
    const supervision = counts.find((c: any) => c.theme.id === "supervision");
    const entry = data.themeTimeline.entries.find((e: any) => e.visit.id === "hertfordshire/2023-01");
    expect(supervision).toMatchObject({
      strengths: entry.strengths.length,
      weaknesses: entry.weaknesses.length,
      mixed: entry.mixed.length,
      recommendations: entry.recommendations.length,
    });
    expect(supervision.strengths + supervision.weaknesses).toBeGreaterThan(0);
  });

  it("lists the findings and recommendations naming a kind of service: those of each of its services", async () => {
    const data = await query(
      `{ findings(filter: { serviceKindId: "mash" }, first: 100) { totalCount nodes { id } }
         recommendations(filter: { serviceKindId: "mash" }, first: 100) { totalCount nodes { id } }
         serviceKind(id: "mash") { services(first: 100) { nodes {
           findings(first: 100) { nodes { id } } recommendations(first: 100) { nodes { id } }
         } } } }`,
    );
    const services = data.serviceKind.services.nodes;
    expect(services.length).toBeGreaterThan(1);
    const ids = (lists: any[]) =>
      [...new Set(lists.flatMap((list) => list.nodes.map((n: any) => n.id)))].sort();
    const findings = ids(services.map((s: any) => s.findings));
    expect(findings.length).toBeGreaterThan(5);
    expect(data.findings.nodes.map((n: any) => n.id).sort()).toEqual(findings);
    expect(data.findings.totalCount).toBe(findings.length);
    expect(data.recommendations.nodes.map((n: any) => n.id).sort()).toEqual(
      ids(services.map((s: any) => s.recommendations)),
    );
  });

  it("traces Hertfordshire 2011's uncollated case audits to later praise of auditing", async () => {
    const id = await findRecommendation(
      "hertfordshire",
      "quality-assurance",
      "hertfordshire/2011-05",
      /not systematically collated/i,
    );
    const trace = (await query(TRACE, { id })).traceRecommendation;
    const praised = trace.followUps
      .flatMap((f: any) => f.strengths)
      .filter((s: any) => /audit/i.test(s.text));
    expect(praised.length).toBeGreaterThan(0);
    expect(trace.overallStatus).toBe("IMPROVED");
  });

  it("gives a theme's timeline at one authority, oldest visit first", async () => {
    const data = await query(
      `{ themeTimeline(themeId: "supervision", authorityId: "hertfordshire") {
          theme { id } authority { name } entries { visit { id startDate } strengths { text } weaknesses { text } }
        } }`,
    );
    const entries = data.themeTimeline.entries;
    expect(data.themeTimeline.authority.name).toBe("Hertfordshire");
    const dates = entries.map((e: any) => e.visit.startDate);
    expect(dates).toEqual([...dates].sort());
    expect(entries.map((e: any) => e.visit.id)).toEqual(
      expect.arrayContaining(["hertfordshire/2021-07", "hertfordshire/2023-01"]),
    );
  });

  it("finds findings and recommendations by full text, with the matching words marked", async () => {
    const data = await query(
      `{ search(text: "return home interviews", first: 5) { kind score passage evidence { document { id } } } }`,
    );
    expect(data.search.length).toBeGreaterThan(0);
    const scores = data.search.map((h: any) => h.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    expect(data.search[0].passage).toMatch(/«(return|home|interviews)»/i);
  });

  it("counts the graph", async () => {
    const data = await query(`{ stats { documents visits authorities findings } }`);
    expect(data.stats).toMatchObject({ documents: 9, authorities: 2 });
    expect(data.stats.findings).toBeGreaterThan(100);
  });
});
