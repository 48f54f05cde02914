import { z } from "zod";
import { Authority, DocumentKind, InspectionRecord, PartialDate, Visit } from "./InspectionRecord.ts";

/**
 * What a manifest (or an API caller) may say about a document that its text cannot: which visit it
 * describes, its kind or date. Only the fields given replace the extracted ones.
 */
export const RecordOverrides = z
  .object({
    authority: Authority.optional(),
    visit: Visit.partial().optional(),
    document: z
      .object({ kind: DocumentKind, title: z.string().min(1), date: PartialDate.nullable() })
      .partial()
      .optional(),
  })
  .strict();
export type RecordOverrides = z.infer<typeof RecordOverrides>;

/** The record with the overrides applied, validated again. Throws a ZodError naming any bad field. */
export function applyOverrides(
  record: InspectionRecord,
  overrides: RecordOverrides | undefined,
): InspectionRecord {
  if (!overrides) return record;
  const visit = { ...record.visit, ...overrides.visit };
  // Dates given without periods replace what the text said: one period from the given dates, or none.
  const datesGiven = overrides.visit?.startDate !== undefined || overrides.visit?.endDate !== undefined;
  if (datesGiven && overrides.visit?.periods === undefined) {
    visit.periods = visit.startDate && visit.endDate ? [{ start: visit.startDate, end: visit.endDate }] : [];
  }
  return InspectionRecord.parse({
    ...record,
    authority: overrides.authority ?? record.authority,
    visit,
    document: { ...record.document, ...overrides.document },
  });
}
