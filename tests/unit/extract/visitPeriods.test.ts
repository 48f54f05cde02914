import { describe, expect, it } from "vitest";
import { Visit } from "../../../src/domain/InspectionRecord.ts";
import { extractVisit } from "../../../src/extract/header/extractVisit.ts";

describe("extractVisit: the periods of a visit", () => {
  it("keeps both periods of an inspection held in two parts; start and end span them", () => {
    const text =
      "Inspection of Testshire local authority children’s services\n\nInspection dates: 8 July 2019 to 12 July 2019 and 7 August 2019 to 8 August 2019\n\nLead inspector: Ann Lowe, Her Majesty’s Inspector\n";
    const visit = extractVisit(text, "OFSTED_REPORT", null);
    expect(visit).toMatchObject({
      startDate: "2019-07-08",
      endDate: "2019-08-08",
      periods: [
        { start: "2019-07-08", end: "2019-07-12" },
        { start: "2019-08-07", end: "2019-08-08" },
      ],
    });
  });

  it("reads a dates line that wraps after 'and'", () => {
    const text =
      "Inspection dates: 8 July 2019 to 12 July 2019 and\n7 August 2019 to 8 August 2019\n\nLead inspector: Ann Lowe\n";
    expect(extractVisit(text, "OFSTED_REPORT", null)).toMatchObject({
      startDate: "2019-07-08",
      endDate: "2019-08-08",
      periods: [
        { start: "2019-07-08", end: "2019-07-12" },
        { start: "2019-08-07", end: "2019-08-08" },
      ],
    });
  });

  it("gives one period for a visit held at once, none without dates", () => {
    const letter =
      "This letter summarises the findings of the focused visit to Testshire children’s services on 21 and 22 July 2021.\n";
    expect(extractVisit(letter, "OFSTED_LETTER", null).periods).toEqual([
      { start: "2021-07-21", end: "2021-07-22" },
    ]);
    expect(extractVisit("Nothing dated here.\n", "OFSTED_REPORT", null).periods).toEqual([]);
  });

  it("validates periods, and reads a record written before periods existed as having none", () => {
    const old = {
      type: "STANDARD_INSPECTION",
      startDate: "2019-07-08",
      endDate: "2019-07-12",
      framework: "ILACS",
      focusAreas: [],
      sequenceNumber: null,
      previousJudgement: null,
    };
    expect(Visit.parse(old).periods).toEqual([]);
    expect(() => Visit.parse({ ...old, periods: [{ start: "2019-07-12", end: "2019-07-08" }] })).toThrow();
  });
});
