import type { Grade } from "../../../domain/InspectionRecord.ts";
import { parseGrade } from "../parseGrade.ts";
import { GRADE_WORDS } from "./gradeWords.ts";

/** The grade of a SIF report's review of the Local Safeguarding Children Board. */
export function lscbJudgement(text: string): Grade | null {
  const board = "(?:Local Safeguarding Children[’']?s?(?: Board)?(?: \\(LSCB\\))?|LSCB)";
  const subject = `The (?:(?:judgement for the )?effectiveness of the )?${board}`;
  const match = new RegExp(
    `^${subject}\\s+(?:is\\s+)?(?:judged\\s+(?:to\\s+be\\s+)?)?(${GRADE_WORDS})\\b`,
    "im",
  ).exec(text);
  return match?.[1] ? parseGrade(match[1]) : null;
}
