import type { Grade } from "../../../domain/InspectionRecord.ts";
import { parseGrade } from "../parseGrade.ts";
import { GRADE_WORDS } from "./gradeWords.ts";

/** A SIF report's headline: 'Children's services in X are good', 'The overall judgement is inadequate'. */
export function sifHeadline(text: string): Grade | null {
  const head = text.slice(0, 4000);
  const headline =
    new RegExp(`^Children[’']s services in .{2,120}? (?:are |is )?(${GRADE_WORDS})\\b`, "im").exec(head) ??
    new RegExp(
      `^The overall judgement is (?:that )?(?:children[’']s services )?(?:are |is )?(${GRADE_WORDS})\\b`,
      "im",
    ).exec(head);
  return headline?.[1] ? parseGrade(headline[1]) : null;
}
