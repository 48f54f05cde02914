import type { Judgement } from "../../../domain/InspectionRecord.ts";
import { parseGrade } from "../parseGrade.ts";
import { GRADE_WORDS } from "./gradeWords.ts";
import { labelSource, PROSE_LABELS } from "./judgementAreas.ts";

/**
 * Judgements told in prose: in each sentence that says 'rated', 'judged' or 'considered', every clause
 * (cut at 'while', 'whereas', 'but' and ';') gives its grade to the areas it names.
 */
export function proseJudgements(text: string): Judgement[] {
  const judgements: Judgement[] = [];
  const areas = new RegExp(PROSE_LABELS.map((label) => `(${labelSource(label)})`).join("|"), "gi");
  for (const sentence of text.split(/(?<=[.!?])\s+|\n/)) {
    if (!/\b(?:rated|judged|graded|considered|judgement)\b/i.test(sentence)) continue;
    for (const clause of sentence.split(/\bwhile\b|\bwhereas\b|\bbut\b|;/i)) {
      const grades = [
        ...clause.matchAll(
          new RegExp(`\\b(?:as |to be |was |were |is |are )?[‘'"]?(${GRADE_WORDS})\\b`, "gi"),
        ),
      ];
      const last = grades[grades.length - 1]?.[1];
      const grade = last ? parseGrade(last) : null;
      if (!grade) continue;
      for (const match of clause.matchAll(areas)) {
        const index = match.slice(1).findIndex((group) => group !== undefined);
        const area = PROSE_LABELS[index]?.area;
        if (area && !judgements.some((judgement) => judgement.area === area))
          judgements.push({ area, grade });
      }
    }
  }
  return judgements;
}
