import type { Grade } from "../../domain/InspectionRecord.ts";
import { GRADE_WORDS } from "./judgements/gradeWords.ts";

const GRADE = new RegExp(`^(?:${GRADE_WORDS})$`, "i");

/**
 * The grade a phrase names, or null: 'Requires improvement to be good' → REQUIRES_IMPROVEMENT,
 * 'Outstanding' → OUTSTANDING. Case, surrounding quotes and punctuation do not matter.
 */
export function parseGrade(phrase: string): Grade | null {
  const words = phrase
    .replace(/[‘’'"“”.,;:()*]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!GRADE.test(words)) return null;
  const lower = words.toLowerCase();
  if (lower.startsWith("require")) return "REQUIRES_IMPROVEMENT";
  if (lower === "outstanding") return "OUTSTANDING";
  if (lower === "good") return "GOOD";
  return "INADEQUATE";
}
