import { describe, expect, it } from "vitest";
import { AppError } from "../../../src/domain/AppError.ts";
import { extractFixture } from "./documents.ts";

describe("header facts of corpus reports", () => {
  it("Hertfordshire 2018: ILACS short inspection, one combined care judgement", async () => {
    const { record } = await extractFixture("80475_hertfordshire__19-november-2018.pdf");
    expect(record.document).toMatchObject({
      kind: "OFSTED_REPORT",
      title: "Hertfordshire: Inspection of children's social care services",
      date: "2018-11-19",
      pageCount: 14,
    });
    expect(record.authority.id).toBe("hertfordshire");
    expect(record.visit).toMatchObject({
      type: "SHORT_INSPECTION",
      framework: "ILACS",
      startDate: "2018-10-15",
      endDate: "2018-10-19",
      periods: [{ start: "2018-10-15", end: "2018-10-19" }],
    });
    expect(record.inspectors).toEqual([{ name: "Nigel Parkes", lead: true }]);
    expect(record.judgements).toEqual([
      { area: "IMPACT_OF_LEADERS", grade: "OUTSTANDING" },
      { area: "HELP_AND_PROTECTION", grade: "GOOD" },
      { area: "CHILDREN_IN_CARE_AND_CARE_LEAVERS", grade: "GOOD" },
      { area: "OVERALL_EFFECTIVENESS", grade: "GOOD" },
    ]);
  });

  it("Hertfordshire 2023: separate children in care and care leavers judgements", async () => {
    const { record } = await extractFixture("80475_hertfordshire__10-march-2023.pdf");
    expect(record.visit).toMatchObject({
      type: "SHORT_INSPECTION",
      startDate: "2023-01-23",
      endDate: "2023-01-27",
    });
    expect(record.inspectors).toEqual([{ name: "Sarah Canto", lead: true }]);
    expect(record.judgements).toEqual([
      { area: "IMPACT_OF_LEADERS", grade: "OUTSTANDING" },
      { area: "HELP_AND_PROTECTION", grade: "GOOD" },
      { area: "CHILDREN_IN_CARE", grade: "OUTSTANDING" },
      { area: "CARE_LEAVERS", grade: "GOOD" },
      { area: "OVERALL_EFFECTIVENESS", grade: "OUTSTANDING" },
    ]);
  });

  it("Herefordshire 2022: standard inspection judged inadequate throughout", async () => {
    const { record } = await extractFixture("80474_herefordshire__21-september-2022.pdf");
    expect(record.authority).toEqual({ id: "herefordshire", name: "Herefordshire" });
    expect(record.visit).toMatchObject({
      type: "STANDARD_INSPECTION",
      startDate: "2022-07-18",
      endDate: "2022-07-29",
    });
    expect(record.inspectors).toEqual([{ name: "Lisa Summers", lead: true }]);
    expect(record.judgements.map((judgement) => judgement.grade)).toEqual([
      "INADEQUATE",
      "INADEQUATE",
      "INADEQUATE",
      "INADEQUATE",
    ]);
    expect(record.judgements.map((judgement) => judgement.area)).toContain(
      "CHILDREN_IN_CARE_AND_CARE_LEAVERS",
    );
  });

  it("Herefordshire 2026: 'children care leavers' row and a one-year date range", async () => {
    const { record } = await extractFixture("80474_herefordshire__12-january-2026.pdf");
    expect(record.visit).toMatchObject({
      type: "STANDARD_INSPECTION",
      startDate: "2025-11-10",
      endDate: "2025-11-21",
    });
    expect(record.inspectors).toEqual([{ name: "Rebecca Dubbins", lead: true }]);
    expect(record.judgements).toEqual([
      { area: "IMPACT_OF_LEADERS", grade: "OUTSTANDING" },
      { area: "HELP_AND_PROTECTION", grade: "GOOD" },
      { area: "CHILDREN_IN_CARE", grade: "GOOD" },
      { area: "CARE_LEAVERS", grade: "GOOD" },
      { area: "OVERALL_EFFECTIVENESS", grade: "GOOD" },
    ]);
  });

  it("Hertfordshire 2015: a SIF report with its team, headline, area and LSCB judgements", async () => {
    const { record } = await extractFixture("80475_hertfordshire__27-november-2015.pdf");
    expect(record.document).toMatchObject({ kind: "OFSTED_REPORT", date: "2015-11-27", pageCount: 43 });
    expect(record.visit).toMatchObject({
      type: "SIF_INSPECTION",
      framework: "SIF",
      startDate: "2015-09-14",
      endDate: "2015-10-08",
    });
    expect(record.inspectors[0]).toEqual({ name: "Jansy Kelly", lead: true });
    expect(record.inspectors.filter((inspector) => inspector.lead)).toHaveLength(1);
    expect(record.inspectors.map((inspector) => inspector.name)).toEqual(
      expect.arrayContaining(["Tina Shepherd", "Louise Hocking", "Harmesh Manghra", "Ian Young"]),
    );
    expect(record.inspectors.map((inspector) => inspector.name)).not.toContain("Jeremy Gleaden");
    expect(record.judgements).toEqual([
      { area: "OVERALL_EFFECTIVENESS", grade: "GOOD" },
      { area: "SIF_HELP_AND_PROTECTION", grade: "REQUIRES_IMPROVEMENT" },
      { area: "SIF_LOOKED_AFTER_AND_PERMANENCE", grade: "GOOD" },
      { area: "SIF_ADOPTION_PERFORMANCE", grade: "GOOD" },
      { area: "SIF_CARE_LEAVERS", grade: "GOOD" },
      { area: "SIF_LEADERSHIP_MANAGEMENT_GOVERNANCE", grade: "GOOD" },
      { area: "SIF_LSCB", grade: "GOOD" },
    ]);
  });

  it("an HTML error page saved as .pdf is refused with a clear reason", async () => {
    const attempt = extractFixture("80429_birmingham__19-october-2012.pdf");
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({
      code: "UNREADABLE_DOCUMENT",
      message: "80429_birmingham__19-october-2012.pdf: not a PDF: looks like an HTML page",
    });
  });
});
