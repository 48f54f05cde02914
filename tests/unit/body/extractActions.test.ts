import { describe, expect, it } from "vitest";
import { documentBlocks } from "../../../src/extract/body/documentBlocks.ts";
import { extractActions, parsePlanDate } from "../../../src/extract/body/extractActions.ts";

describe("parsePlanDate", () => {
  it("reads the date forms of action plans as partial dates", () => {
    expect(parsePlanDate("May-19")).toBe("2019-05");
    expect(parsePlanDate("Feb 19")).toBe("2019-02");
    expect(parsePlanDate("January 2020")).toBe("2020-01");
    expect(parsePlanDate("31/01/2019")).toBe("2019-01-31");
    expect(parsePlanDate("2019-03")).toBe("2019-03");
  });

  it("gives null for anything that is not a date", () => {
    expect(parsePlanDate("Ongoing")).toBeNull();
    expect(parsePlanDate("Smarch 19")).toBeNull();
    expect(parsePlanDate("45/13/2019")).toBeNull();
  });
});

describe("extractActions", () => {
  const table = [
    "Ref | Action | Owner | Due date | Progress",
    "1.0 | Improving supervision",
    "1.1 | Audit supervision records. | Jo Bloggs, Head of Service | Mar-20 | Started",
    "| Action | Owner | Due date | Progress",
    "| | | | and continuing.",
    "1.2 | Train managers. | Sam Smith | Ongoing",
    "2.0 | Something no recommendation speaks of",
    "2.1 | Refresh the website. | Web Team | Apr-20 | Done",
  ];
  const text = `${table.join("\n")}\n`;
  const actions = extractActions(documentBlocks(text), [
    { ordinal: 1, text: "Improving the quality and frequency of supervision." },
  ]);

  it("reads each numbered row as an action with its cells, and continues rows across repeated headers", () => {
    expect(actions.map((a) => a.reference)).toEqual(["1.1", "1.2", "2.1"]);
    expect(actions[0]).toMatchObject({
      text: "Audit supervision records.",
      owner: "Jo Bloggs, Head of Service",
      dueDate: "2020-03",
      progress: "Started and continuing.",
      themes: ["supervision", "quality-assurance", "recording-chronologies"],
    });
    expect(actions[1]).toMatchObject({ dueDate: null, progress: null });
    expect(text.slice(actions[0]?.start, actions[0]?.end)).toContain("and continuing.");
  });

  it("links actions to the recommendation their theme row words, or to none", () => {
    expect(actions.map((a) => a.addresses)).toEqual([1, 1, null]);
  });

  it("ignores tables without an action and an owner column", () => {
    const judgements = "Judgement | Grade\nOverall effectiveness | Good\n";
    expect(extractActions(documentBlocks(judgements), [])).toEqual([]);
  });
});
