import { describe, expect, it } from "vitest";
import {
  parseDate,
  parseDatePeriods,
  parseDateRange,
  parseMonthYear,
} from "../../../src/extract/header/parseDates.ts";

describe("parseDateRange", () => {
  it.each([
    ["21 and 22 July 2021", "2021-07-21", "2021-07-22"],
    ["15 October 2018 to 19 October 2018", "2018-10-15", "2018-10-19"],
    ["7 to 18 November 2022", "2022-11-07", "2022-11-18"],
    ["14 April – 8 May 2015", "2015-04-14", "2015-05-08"],
    ["22 February 2016–18 March 2016", "2016-02-22", "2016-03-18"],
    ["8 ─ 12 July 2013", "2013-07-08", "2013-07-12"],
    ["12/09/2016 to 06/10/2016", "2016-09-12", "2016-10-06"],
    ["3 Sept – 7 Oct. 2016", "2016-09-03", "2016-10-07"],
    ["19 November-11 December 2013 and 28 – 30 January 2014", "2013-11-19", "2014-01-30"],
  ])("%s", (phrase, start, end) => {
    expect(parseDateRange(phrase)).toEqual({ start, end });
  });

  it("returns null when there is no date", () => {
    expect(parseDateRange("no dates here")).toBeNull();
  });
});

describe("parseDatePeriods", () => {
  it("keeps both periods of an inspection held in two parts", () => {
    expect(parseDatePeriods("8 July 2019 to 12 July 2019 and 7 August 2019 to 8 August 2019")).toEqual([
      { start: "2019-07-08", end: "2019-07-12" },
      { start: "2019-08-07", end: "2019-08-08" },
    ]);
    expect(parseDatePeriods("19 November-11 December 2013 and 28 – 30 January 2014")).toEqual([
      { start: "2013-11-19", end: "2013-12-11" },
      { start: "2014-01-28", end: "2014-01-30" },
    ]);
    expect(parseDatePeriods("8–12 July and 7–8 August 2019")).toEqual([
      { start: "2019-07-08", end: "2019-07-12" },
      { start: "2019-08-07", end: "2019-08-08" },
    ]);
  });

  it("reads one period where 'and' joins days without a range", () => {
    expect(parseDatePeriods("21 and 22 July 2021")).toEqual([{ start: "2021-07-21", end: "2021-07-22" }]);
    expect(parseDatePeriods("14 April – 8 May 2015")).toEqual([{ start: "2015-04-14", end: "2015-05-08" }]);
    expect(parseDatePeriods("no dates here")).toEqual([]);
  });
});

describe("parseDate and parseMonthYear", () => {
  it("reads a date among other words, and a bare number only as part of a range", () => {
    expect(parseDate("WEDNESDAY 13 FEBRUARY, 2019 AT 10.00AM")).toBe("2019-02-13");
    expect(parseDate("Agenda Item 4 on 13 February 2019")).toBe("2019-02-13");
    expect(parseDate("31 February 2021")).toBeNull();
  });

  it("reads a month as YYYY-MM", () => {
    expect(parseMonthYear("judged inadequate in July 2022")).toBe("2022-07");
    expect(parseMonthYear("OFSTED INSPECTION REPORT OCTOBER 2018")).toBe("2018-10");
    expect(parseMonthYear("in 2015")).toBeNull();
  });
});
