import type { Judgement } from "../../../domain/InspectionRecord.ts";
import { parseGrade } from "../parseGrade.ts";
import { LAC_LABELS, labelSource } from "./judgementAreas.ts";

/** 2013 looked after children inspections: each area heading, then 'Grade 4 (inadequate)'. */
export function lacJudgements(text: string): Judgement[] {
  const judgements: Judgement[] = [];
  for (const label of LAC_LABELS) {
    const match = new RegExp(
      `^${labelSource(label)}\\s*\\n+\\s*Grade\\s+\\d\\s*\\((\\w[\\w ]*)\\)`,
      "im",
    ).exec(text);
    const grade = match?.[1] ? parseGrade(match[1]) : null;
    if (grade) judgements.push({ area: label.area, grade });
  }
  return judgements;
}
