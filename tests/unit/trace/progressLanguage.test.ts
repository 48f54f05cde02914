import { describe, expect, it } from "vitest";
import { progressLanguage } from "../../../src/trace/progressLanguage.ts";

describe("progressLanguage", () => {
  it.each([
    ["Since the last inspection, leaders have strengthened the front door.", "IMPROVED"],
    ["The weaknesses in planning have been addressed.", "IMPROVED"],
    ["Managers now have a clear view of caseloads.", "IMPROVED"],
    ["Assessments are now timely.", "IMPROVED"],
    ["Caseloads remain too high in the assessment teams.", "PERSISTS"],
    ["Leaders continue to need to improve the quality of plans.", "PERSISTS"],
    ["Children still wait too long for a permanent home.", "PERSISTS"],
    ["The new tool is not yet embedded.", "PERSISTS"],
    ["Plans are clear and reviewed regularly.", null],
  ])("%s → %s", (text, expected) => {
    expect(progressLanguage(text)).toBe(expected);
  });
});
