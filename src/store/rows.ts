import { z } from "zod";
import { DocumentKind, Grade, Polarity, VisitType } from "../domain/InspectionRecord.ts";

/**
 * The rows the read statements return, one schema per node type: exactly the stored properties the API
 * needs, with the ids of neighbours that are stored on the node itself (so following them needs no
 * extra statement). Types are inferred from these schemas.
 */

const nullableString = z.string().nullable().default(null);
const nullableInt = z.number().int().nullable().default(null);
const ids = z
  .array(z.string())
  .nullable()
  .transform((v) => v ?? []);

export const AuthorityRow = z.object({ id: z.string(), name: z.string() });
export type AuthorityRow = z.infer<typeof AuthorityRow>;

export const VisitRow = z.object({
  id: z.string(),
  authorityId: z.string(),
  type: VisitType,
  startDate: nullableString,
  endDate: nullableString,
  /** The visit's periods as parallel lists (Neo4j stores no list of maps): the i-th start, the i-th end. */
  periodStarts: ids,
  periodEnds: ids,
  framework: nullableString,
  focusAreas: ids,
  sequenceNumber: nullableInt,
  previousGrade: Grade.nullable().default(null),
  previousDate: nullableString,
});
export type VisitRow = z.infer<typeof VisitRow>;

export const JudgementRow = z.object({ id: z.string(), visitId: z.string(), area: z.string(), grade: Grade });
export type JudgementRow = z.infer<typeof JudgementRow>;

export const InspectorRow = z.object({ id: z.string(), name: z.string() });
export type InspectorRow = z.infer<typeof InspectorRow>;

export const PersonRow = z.object({ id: z.string(), name: z.string(), title: nullableString });
export type PersonRow = z.infer<typeof PersonRow>;

export const DocumentRow = z.object({
  id: z.string(),
  kind: DocumentKind,
  title: z.string(),
  date: nullableString,
  source: z.string(),
  pageCount: nullableInt,
  textLength: z.number().int(),
  visitId: z.string(),
  authorityId: z.string(),
});
export type DocumentRow = z.infer<typeof DocumentRow>;

const EvidenceFields = {
  id: z.string(),
  text: z.string(),
  documentId: z.string(),
  visitId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  page: nullableInt,
  themeIds: ids,
};

export const FindingRow = z.object({
  ...EvidenceFields,
  ordinal: z.number().int(),
  section: nullableString,
  polarity: Polarity,
  serviceIds: ids,
});
export type FindingRow = z.infer<typeof FindingRow>;

export const RecommendationRow = z.object({ ...EvidenceFields, ordinal: z.number().int(), serviceIds: ids });
export type RecommendationRow = z.infer<typeof RecommendationRow>;

export const ActionRow = z.object({
  ...EvidenceFields,
  reference: z.string(),
  dueDate: nullableString,
  progress: nullableString,
  ownerId: nullableString,
  addressesId: nullableString,
});
export type ActionRow = z.infer<typeof ActionRow>;

export const ServiceRow = z.object({
  id: z.string(),
  name: z.string(),
  acronym: nullableString,
  fullName: nullableString,
  aliases: ids,
  authorityId: z.string(),
  kindId: z.string(),
  /** The kind's name, kept on the service so that following `kind` needs no statement. */
  kindName: nullableString,
});
export type ServiceRow = z.infer<typeof ServiceRow>;

export const ServiceKindRow = z.object({ id: z.string(), name: z.string() });
export type ServiceKindRow = z.infer<typeof ServiceKindRow>;

export const ThemeRow = z.object({ id: z.string(), label: z.string(), description: z.string() });
export type ThemeRow = z.infer<typeof ThemeRow>;

/** Where a finding, recommendation or action stands in its document. */
export type EvidenceRow = Pick<FindingRow, "documentId" | "start" | "end" | "page" | "text">;

/** A finding or recommendation row as src/trace takes a passage: its themes under the name tracing uses. */
export const withThemes = <T extends { themeIds: string[] }>(row: T) => ({ ...row, themes: row.themeIds });
