import { describe, expect, it } from "vitest";
import { extractSeed } from "./documents.ts";

describe("header facts of the seed documents", () => {
  it("000: focused visit to Hertfordshire, July 2021", async () => {
    const { record } = await extractSeed("000_aa5e2f3db9255759.txt");
    expect(record.document.kind).toBe("OFSTED_LETTER");
    expect(record.document.date).toBe("2021-08-31");
    expect(record.document.title).toBe("Focused visit to Hertfordshire County Council children's services");
    expect(record.document.pageCount).toBeNull();
    expect(record.authority).toEqual({ id: "hertfordshire", name: "Hertfordshire" });
    expect(record.visit).toMatchObject({
      type: "FOCUSED_VISIT",
      startDate: "2021-07-21",
      endDate: "2021-07-22",
      framework: "ILACS",
      sequenceNumber: null,
      previousJudgement: null,
    });
    expect(record.visit.focusAreas).toHaveLength(1);
    expect(record.visit.focusAreas[0]).toContain("extra-familial harm");
    expect(record.inspectors).toEqual([
      { name: "Tom Anthony", lead: true },
      { name: "Nigel Parkes", lead: false },
    ]);
    expect(record.dcs).toEqual({ name: "Jenny Coles", title: "Director of Children's Services" });
    expect(record.author).toBeNull();
    expect(record.judgements).toEqual([]);
  });

  it("001: annual unannounced inspection of Hertfordshire, May 2011", async () => {
    const { record } = await extractSeed("001_a643c10b153d5cb1.txt");
    expect(record.document.kind).toBe("OFSTED_LETTER");
    expect(record.document.date).toBe("2011-06-16");
    expect(record.authority.id).toBe("hertfordshire");
    expect(record.visit).toMatchObject({
      type: "ANNUAL_UNANNOUNCED_INSPECTION",
      startDate: "2011-05-17",
      endDate: "2011-05-18",
      framework: "AUI",
    });
    expect(record.inspectors).toEqual([{ name: "Jeff Banham", lead: true }]);
    expect(record.dcs).toEqual({ name: "John Harris", title: "Director of Children, Schools and Families" });
  });

  it("002: news article on the 2018 Hertfordshire inspection, with its judgements from the prose", async () => {
    const { record } = await extractSeed("002_a80193cf62a1e509.txt");
    expect(record.document.kind).toBe("NEWS_ARTICLE");
    expect(record.document.title).toBe('Hertfordshire senior leaders are "ambitious" for children');
    expect(record.authority.id).toBe("hertfordshire");
    expect(record.visit.framework).toBe("ILACS");
    expect(record.inspectors).toEqual([]);
    expect(record.judgements).toEqual(
      expect.arrayContaining([
        { area: "OVERALL_EFFECTIVENESS", grade: "GOOD" },
        { area: "IMPACT_OF_LEADERS", grade: "OUTSTANDING" },
        { area: "HELP_AND_PROTECTION", grade: "GOOD" },
        { area: "CHILDREN_IN_CARE_AND_CARE_LEAVERS", grade: "GOOD" },
      ]),
    );
    expect(record.judgements).toHaveLength(4);
  });

  it("003: council cabinet panel report of 13 February 2019 on the October 2018 inspection", async () => {
    const { record } = await extractSeed("003_56be7b61e08d6d3a.txt");
    expect(record.document.kind).toBe("COUNCIL_REPORT");
    expect(record.document.date).toBe("2019-02-13");
    expect(record.document.title).toContain("OFSTED INSPECTION REPORT OCTOBER 2018");
    expect(record.authority.id).toBe("hertfordshire");
    expect(record.author).toEqual({ name: "Karen Noble", title: "Performance Improvement Manager" });
    expect(record.dcs).toBeNull();
    expect(record.visit).toMatchObject({ startDate: "2018-10", endDate: "2018-10", framework: "ILACS" });
    expect(record.judgements).toEqual([
      { area: "IMPACT_OF_LEADERS", grade: "OUTSTANDING" },
      { area: "HELP_AND_PROTECTION", grade: "GOOD" },
      { area: "CHILDREN_IN_CARE_AND_CARE_LEAVERS", grade: "GOOD" },
      { area: "OVERALL_EFFECTIVENESS", grade: "GOOD" },
    ]);
  });

  it("004: the fifth monitoring visit to Herefordshire, October 2024", async () => {
    const { record } = await extractSeed("004_9cc7dc072bc3e040.txt");
    expect(record.document.kind).toBe("OFSTED_LETTER");
    expect(record.document.date).toBe("2024-12-04");
    expect(record.authority).toEqual({ id: "herefordshire", name: "Herefordshire" });
    expect(record.visit).toMatchObject({
      type: "MONITORING_VISIT",
      startDate: "2024-10-22",
      endDate: "2024-10-23",
      framework: "ILACS",
      sequenceNumber: 5,
      previousJudgement: { grade: "INADEQUATE", date: "2022-07" },
      focusAreas: ["The protection of vulnerable children from extra-familial risk"],
    });
    expect(record.inspectors).toEqual([
      { name: "Alison Smale", lead: true },
      { name: "Ceri Evans", lead: false },
    ]);
    expect(record.dcs).toEqual({
      name: "Tina Russell",
      title: "Interim Corporate Director of Children's Services",
    });
  });

  it("gives Hertfordshire and Herefordshire different ids, and the document id is the sha256 of the bytes", async () => {
    const hertfordshire = await extractSeed("000_aa5e2f3db9255759.txt");
    const herefordshire = await extractSeed("004_9cc7dc072bc3e040.txt");
    expect(hertfordshire.record.authority.id).not.toBe(herefordshire.record.authority.id);
    expect(herefordshire.record.document.id).toBe(
      "2d212700ab686da50e50ee6faa189055c422eef9a729c22e71af8be80a1fc414",
    );
    expect(herefordshire.record.document.textLength).toBe(herefordshire.text.length);
  });
});
