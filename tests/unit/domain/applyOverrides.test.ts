import { describe, expect, it } from "vitest";
import { applyOverrides } from "../../../src/domain/RecordOverrides.ts";
import { makeRecord } from "../../helpers/makeRecord.ts";

describe("applyOverrides", () => {
  const { record: twoPeriods } = makeRecord("two-periods", {
    visit: {
      startDate: "2019-07-08",
      endDate: "2019-08-08",
      periods: [
        { start: "2019-07-08", end: "2019-07-12" },
        { start: "2019-08-07", end: "2019-08-08" },
      ],
    },
  });

  it("keeps the text's periods when the overrides leave the dates alone", () => {
    const record = applyOverrides(twoPeriods, { visit: { type: "STANDARD_INSPECTION" } });
    expect(record.visit.periods).toHaveLength(2);
  });

  it("makes the given dates the one period when the overrides change the dates", () => {
    const record = applyOverrides(twoPeriods, { visit: { startDate: "2019-07-01", endDate: "2019-07-05" } });
    expect(record.visit.periods).toEqual([{ start: "2019-07-01", end: "2019-07-05" }]);
  });

  it("leaves no period when the given dates leave either end unknown", () => {
    const record = applyOverrides(twoPeriods, { visit: { startDate: null } });
    expect(record.visit.periods).toEqual([]);
  });
});
