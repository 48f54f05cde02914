import { describe, expect, it } from "vitest";
import { Action, Finding, Recommendation, Service } from "../../../src/domain/InspectionRecord.ts";
import { SEEDS, type SeedName, seedBody, spanHolds } from "./seedBody.ts";

describe.each(Object.keys(SEEDS) as SeedName[])("every seed: %s", (name) => {
  const { doc, body } = seedBody(name);

  it("gives items that satisfy the record schema", () => {
    for (const item of body.recommendations) Recommendation.parse(item);
    for (const item of body.findings) Finding.parse(item);
    for (const item of body.services) Service.parse(item);
    for (const item of body.actions) Action.parse(item);
  });

  it("points every span at its item's text, with no page for plain text", () => {
    for (const item of [...body.recommendations, ...body.findings, ...body.actions]) {
      expect(spanHolds(doc, item.span, item.text), item.text).toBe(true);
      expect(item.span.page).toBeNull();
    }
  });

  it("numbers recommendations and findings from 1 in document order", () => {
    for (const list of [body.recommendations, body.findings]) {
      expect(list.map((item) => item.ordinal)).toEqual(list.map((_, index) => index + 1));
      const starts = list.map((item) => item.span.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it("lists in findings and recommendations only services of the record, and names each service once", () => {
    const ids = body.services.map((service) => service.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of [...body.findings, ...body.recommendations]) {
      for (const id of item.services) expect(ids).toContain(id);
    }
    for (const service of body.services) {
      for (const relation of service.relations) expect(ids).toContain(relation.target);
    }
  });

  it("keeps procedural boilerplate, addresses and sign-offs out of the findings", () => {
    for (const finding of body.findings) {
      expect(finding.text).not.toMatch(
        /^(This letter summarises|Ofsted will take|I am copying|Yours sincerely|Dear )|@|Piccadilly Gate|County Hall/,
      );
    }
  });
});

describe("seed 000: Hertfordshire focused visit, 2021", () => {
  const { body } = seedBody("focusedVisit2021");

  it("has exactly the two recommendations: CIN plans, and supervision", () => {
    expect(body.recommendations).toHaveLength(2);
    const [plans, supervision] = body.recommendations;
    expect(plans?.text).toMatch(/^The quality of children in need plans/);
    expect(plans?.themes).toContain("plans");
    expect(supervision?.text).toMatch(/^The quality and frequency of supervision/);
    expect(supervision?.themes).toContain("supervision");
  });

  it("has findings that mention the MASH and MACE", () => {
    expect(body.findings.some((f) => f.services.includes("mash"))).toBe(true);
    expect(body.findings.some((f) => f.services.includes("mace"))).toBe(true);
  });

  it("reads its findings on adolescents and thresholds as strengths", () => {
    const thresholds = body.findings.find((f) => f.text === "Thresholds are applied appropriately.");
    expect(thresholds).toMatchObject({ polarity: "STRENGTH", themes: ["thresholds"] });
    const adolescents = body.findings.filter((f) => /adolescents/.test(f.text));
    expect(adolescents.length).toBeGreaterThanOrEqual(2);
    for (const finding of adolescents) expect(finding.polarity).toBe("STRENGTH");
  });

  it("resolves SASH's names into one service with its aliases", () => {
    const sash = body.services.filter((s) =>
      [s.name, ...s.aliases].some((n) => /SASH|Specialist Adolescent/.test(n)),
    );
    expect(sash).toHaveLength(1);
    expect(sash[0]).toMatchObject({ id: "sash", acronym: "SASH", kind: "adolescent-service" });
    expect(sash[0]?.fullName).toBe("Specialist Adolescent Service Hertfordshire");
    expect(sash[0]?.aliases).toEqual(
      expect.arrayContaining(["SASH hub", "Specialist Adolescent Service Hertfordshire (SASH)"]),
    );
  });

  it("states that MACE replaced SEARCH", () => {
    const mace = body.services.find((s) => s.id === "mace");
    expect(mace?.relations).toEqual([{ type: "REPLACED", target: "search" }]);
    expect(mace?.aliases).toContain("multi-agency child exploitation (MACE) panels");
    expect(body.services.find((s) => s.id === "search")?.kind).toBe("exploitation-panel");
  });

  it("reads the supervision weakness of the headline findings", () => {
    const finding = body.findings.find((f) =>
      f.text.startsWith("Supervision is not always sufficiently focused"),
    );
    expect(finding).toMatchObject({ polarity: "WEAKNESS", section: "Headline findings" });
    expect(finding?.themes).toEqual(expect.arrayContaining(["supervision", "plans"]));
  });
});

describe("seed 001: Hertfordshire annual unannounced inspection letter, 2011", () => {
  const { body } = seedBody("letter2011");

  it("has the four areas for development as its recommendations", () => {
    expect(body.recommendations).toHaveLength(4);
    expect(body.recommendations[0]?.text).toMatch(/^The use of chronologies is inconsistent/);
    const audit = body.recommendations[1];
    expect(audit?.text).toContain("not systematically collated");
    expect(audit?.themes).toContain("quality-assurance");
    expect(body.recommendations[3]?.services).toEqual(["camhs"]);
  });

  it("reads findings from its strengths and its opening evaluation, and resolves TAS", () => {
    const supervision = body.findings.find((f) => f.text.startsWith("Staff receive regular supervision"));
    expect(supervision).toMatchObject({ polarity: "STRENGTH", themes: ["supervision"] });
    const tas = body.services.find((s) => s.id === "tas");
    expect(tas).toMatchObject({ acronym: "TAS", fullName: "Targeted Advice Service" });
    expect(body.findings.some((f) => f.section === "Strengths" && f.services.includes("tas"))).toBe(true);
  });
});

describe("seed 002: news article on the 2018 inspection", () => {
  const { doc, body } = seedBody("news2018");

  it("splits the article's closing recommendation into its three areas for improvement", () => {
    expect(body.recommendations.map((r) => r.text)).toEqual([
      "Hertfordshire achieves the right balance between support and challenge with all parents",
      "consistently applying thresholds with adolescents",
      expect.stringMatching(/^the local authority should address placement stability/),
    ]);
    expect(body.recommendations.map((r) => r.themes[0])).toEqual([
      "support-and-challenge",
      "thresholds",
      "placement-stability-sufficiency",
    ]);
  });

  it("reads findings only from the article, none from the news items around it", () => {
    const articleStart = doc.text.indexOf("Senior leaders in Hertfordshire");
    const articleEnd = doc.text.indexOf("Knowledge & Resources");
    expect(body.findings.length).toBeGreaterThan(20);
    for (const finding of body.findings) {
      expect(finding.span.start).toBeGreaterThanOrEqual(articleStart);
      expect(finding.span.end).toBeLessThanOrEqual(articleEnd);
      expect(finding.text).not.toMatch(
        /helpline|NSPCC|Bake Off|bakers|children’s homes|WillisPalmer|#Respect4SocialWork/,
      );
    }
  });

  it("keeps the article's placement-stability weakness", () => {
    const finding = body.findings.find((f) => f.text.includes("placement stability is still an issue"));
    expect(finding).toMatchObject({ polarity: "WEAKNESS", themes: ["placement-stability-sufficiency"] });
  });
});

describe("seed 003: Hertfordshire cabinet panel report, 2019", () => {
  const { body } = seedBody("council2019");

  it("has the three areas for improvement, not the council's own recommendation", () => {
    expect(body.recommendations).toHaveLength(3);
    const [balance, thresholds, placements] = body.recommendations;
    expect(balance?.text).toMatch(
      /^Achieving the right balance between support and challenge with all parents\./,
    );
    expect(thresholds?.text).toMatch(/^Consistently applying thresholds with adolescents\./);
    expect(placements?.text).toMatch(
      /^Placement stability and the disproportionate number of children in care/,
    );
    expect(body.recommendations.some((r) => /Cabinet Panel/.test(r.text))).toBe(false);
  });

  it("reads the nine actions of the action plan with their owners, dates and progress", () => {
    expect(body.actions.map((a) => a.reference)).toEqual([
      "4.1",
      "4.2",
      "4.3",
      "5.1",
      "5.2",
      "5.3",
      "6.1",
      "6.2",
      "6.3",
    ]);
    const byRef = new Map(body.actions.map((a) => [a.reference, a]));
    expect(byRef.get("4.1")).toMatchObject({
      owner: "Sue Lowndes, Head of Fostering and Adoption",
      dueDate: "2019-05",
      addresses: 3,
    });
    expect(byRef.get("5.1")).toMatchObject({
      text: "Developing and embedding good practice in line with 16 and 17 year old guidance and the local joint housing protocol.",
      owner: "Caroline Cook, Head of Targeted Youth Support & Vulnerable Young People",
      dueDate: "2018-12",
      progress: "Recommendation paper to be presented to the SPAB meeting arranged for 18.1.19",
    });
    expect(byRef.get("5.2")).toMatchObject({
      owner: "Andy Manson, Head of Services for Young People & YC Herts",
    });
    expect(byRef.get("6.2")?.dueDate).toBe("2019-02");
    expect(byRef.get("6.3")).toMatchObject({ owner: "Raj Chibber, Head of Assessments", dueDate: "2019-01" });
    for (const action of body.actions) expect(action.owner).not.toBeNull();
  });

  it("links actions 5.1–5.3 to the thresholds recommendation, and the others to theirs", () => {
    const thresholds = body.recommendations.findIndex((r) => /thresholds with adolescents/.test(r.text)) + 1;
    const addressed = Object.fromEntries(body.actions.map((a) => [a.reference, a.addresses]));
    expect(thresholds).toBe(2);
    expect([addressed["5.1"], addressed["5.2"], addressed["5.3"]]).toEqual([2, 2, 2]);
    expect([addressed["4.1"], addressed["6.1"]]).toEqual([3, 1]);
  });

  it("continues an action across the table's page breaks", () => {
    const action = body.actions.find((a) => a.reference === "4.3");
    expect(action?.progress).toMatch(/increase in local placements\)\. In house residential developments/);
  });

  it("reads findings only from the sections that summarise the inspection", () => {
    expect(body.findings.length).toBeGreaterThan(10);
    for (const finding of body.findings) {
      expect(finding.text).not.toMatch(/Equality Act|financial implications|Cabinet Panel are asked/i);
    }
    expect(
      body.findings.some((f) => /Front Door is effective/.test(f.text) && f.polarity === "STRENGTH"),
    ).toBe(true);
  });
});

describe("seed 004: Herefordshire monitoring visit, 2024", () => {
  const { body } = seedBody("monitoringVisit2024");

  it("names Get Safe, the MASH and MACE, with Get Safe based in the MASH", () => {
    const ids = body.services.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(["get-safe", "mash", "mace"]));
    expect(body.services.find((s) => s.id === "get-safe")).toMatchObject({
      name: "Get Safe",
      kind: "exploitation-team",
      relations: [{ type: "BASED_IN", target: "mash" }],
    });
    expect(body.services.find((s) => s.id === "mace")?.aliases).toEqual(
      expect.arrayContaining(["MACE meetings"]),
    );
  });

  it("finds that management oversight and supervision continue to need improvement", () => {
    const finding = body.findings.find((f) => f.text.includes("continues to need improvement"));
    expect(finding).toMatchObject({ polarity: "WEAKNESS", section: "Findings and evaluation of progress" });
    expect(finding?.themes).toEqual(expect.arrayContaining(["supervision", "management-oversight"]));
    const drift = body.findings.find((f) =>
      f.text.startsWith("Supervision does not effectively address drift"),
    );
    expect(drift?.polarity).toBe("WEAKNESS");
  });

  it("has no recommendations (a monitoring visit makes none) and no findings from the areas it covered", () => {
    expect(body.recommendations).toEqual([]);
    expect(
      body.findings.some((f) => f.text === "The protection of vulnerable children from extra-familial risk."),
    ).toBe(false);
  });
});
