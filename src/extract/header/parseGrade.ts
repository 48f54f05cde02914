import type { Grade } from "../../domain/InspectionRecord.ts";

/** A grade as written, as a regular-expression source: 'requires improvement (to be good)', 'good', ... */
export const GRADE_WORDS = "requires?\\s+improvement(?:\\s+to\\s+be\\s+good)?|outstanding|good|inadequate";

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
