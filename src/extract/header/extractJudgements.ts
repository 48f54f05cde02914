import type { DocumentKind, Grade, Judgement } from "../../domain/InspectionRecord.ts";
import { ILACS_LABELS, SIF_LABELS } from "./judgements/judgementAreas.ts";
import { lacJudgements } from "./judgements/lacJudgements.ts";
import { lscbJudgement } from "./judgements/lscbJudgement.ts";
import { proseJudgements } from "./judgements/proseJudgements.ts";
import { readJudgementTable } from "./judgements/readJudgementTable.ts";
import { sifHeadline } from "./judgements/sifHeadline.ts";

/**
 * The judgements (area and grade) a document states:
 * - ILACS reports and council papers: the judgement table ('The impact of leaders ... | Outstanding').
 * - SIF reports: the judgement table (SIF_ areas), the headline overall judgement ('Children's services in
 *   X are good' → OVERALL_EFFECTIVENESS) and the LSCB review ('The effectiveness of the LSCB is good' → SIF_LSCB).
 * - 2013 looked after children inspections: 'Grade 4 (inadequate)' under each area heading (LAC_ areas).
 * - News and council summaries without a table: sentences such as '... overall effectiveness were all
 *   rated as good while the impact of leaders ... was rated outstanding'.
 * Tables are read as a whole: the grades, in order, go to the labels, in order, so a grade printed beside,
 * between the lines of, or above and below its label ('Requires' / label / 'improvement') still lands on
 * it. 'Adequate' (a grade before 2013) has no place in the schema's grades and is left out. Each way of
 * stating judgements is a file of `judgements/` (its README says which).
 */
export function extractJudgements(text: string, kind: DocumentKind): Judgement[] {
  if (kind === "OFSTED_LETTER") return [];
  const judgements = new Map<string, Grade>();
  const add = (area: string, grade: Grade | null) => {
    if (grade && !judgements.has(area)) judgements.set(area, grade);
  };
  const sif = readJudgementTable(text, SIF_LABELS);
  const ilacs = sif.length > 0 ? [] : readJudgementTable(text, ILACS_LABELS);
  if (sif.length > 0) {
    add("OVERALL_EFFECTIVENESS", sifHeadline(text));
    for (const judgement of sif) add(judgement.area, judgement.grade);
    add("SIF_LSCB", lscbJudgement(text));
  }
  for (const judgement of ilacs) add(judgement.area, judgement.grade);
  for (const judgement of lacJudgements(text)) add(judgement.area, judgement.grade);
  if (judgements.size === 0 && (kind === "NEWS_ARTICLE" || kind === "COUNCIL_REPORT")) {
    for (const judgement of proseJudgements(text)) add(judgement.area, judgement.grade);
  }
  return [...judgements].map(([area, grade]) => ({ area, grade }));
}
