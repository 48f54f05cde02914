import { z } from "zod";

/**
 * The structured record that extraction makes of one document, and that ingestion writes to the graph.
 * This zod schema is the single definition: every TypeScript type of the record is inferred from it.
 */

export const DocumentKind = z.enum(["OFSTED_LETTER", "OFSTED_REPORT", "COUNCIL_REPORT", "NEWS_ARTICLE"]);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const VisitType = z.enum([
  "FOCUSED_VISIT",
  "MONITORING_VISIT",
  "STANDARD_INSPECTION",
  "SHORT_INSPECTION",
  "SIF_INSPECTION",
  "ANNUAL_UNANNOUNCED_INSPECTION",
  "JTAI",
  "OTHER",
]);
export type VisitType = z.infer<typeof VisitType>;

export const Grade = z.enum(["OUTSTANDING", "GOOD", "REQUIRES_IMPROVEMENT", "INADEQUATE"]);
export type Grade = z.infer<typeof Grade>;

/**
 * Judgement areas. ILACS codes are fixed by the API (IMPACT_OF_LEADERS, HELP_AND_PROTECTION, CHILDREN_IN_CARE,
 * CARE_LEAVERS, CHILDREN_IN_CARE_AND_CARE_LEAVERS, OVERALL_EFFECTIVENESS); SIF-era areas carry a `SIF_` prefix.
 * Kept open (any upper-case code) so that a new area in a future framework is stored, not dropped.
 */
export const JudgementArea = z.string().regex(/^[A-Z][A-Z0-9_]*$/, "an upper-case area code");

export const Polarity = z.enum(["STRENGTH", "WEAKNESS", "MIXED", "NEUTRAL"]);
export type Polarity = z.infer<typeof Polarity>;

/** `YYYY-MM-DD`, or `YYYY-MM` where only the month is known. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, "YYYY-MM or YYYY-MM-DD");
export type PartialDate = z.infer<typeof PartialDate>;

/** Lower-case kebab-case identifier, e.g. `hertfordshire`, `get-safe`, `front-door`. */
export const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a lower-case kebab-case id");

/** Where a piece of text stands in the document's normalised text: [start, end) offsets, and the PDF page. */
export const Span = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    page: z.number().int().positive().nullable(),
  })
  .refine((s) => s.end >= s.start, "span end must not precede its start");
export type Span = z.infer<typeof Span>;

export const DocumentInfo = z.object({
  /** sha256 (hex) of the document's bytes. */
  id: z.string().regex(/^[0-9a-f]{64}$/),
  kind: DocumentKind,
  title: z.string().min(1),
  /** The date the document was written or published. */
  date: PartialDate.nullable(),
  /** Length of the normalised text that every span points into. */
  textLength: z.number().int().nonnegative(),
  pageCount: z.number().int().positive().nullable(),
});
export type DocumentInfo = z.infer<typeof DocumentInfo>;

export const Authority = z.object({
  /** Stable id from the canonical name: `hertfordshire`, `herefordshire`, `bath-and-north-east-somerset`. */
  id: Slug,
  /** Canonical short name without 'County Council', 'Council' etc.: `Hertfordshire`. */
  name: z.string().min(1),
});
export type Authority = z.infer<typeof Authority>;

/** One stretch of days a visit was held: its first and last day. */
export const DatePeriod = z
  .object({ start: PartialDate, end: PartialDate })
  .refine((p) => p.end >= p.start, "a period must not end before it starts");
export type DatePeriod = z.infer<typeof DatePeriod>;

export const Visit = z.object({
  type: VisitType,
  /** The first day of the first period. */
  startDate: PartialDate.nullable(),
  /** The last day of the last period. */
  endDate: PartialDate.nullable(),
  /**
   * The periods in order: two for an inspection held in two parts ('8 to 12 July and 7 to 8 August
   * 2019'), one otherwise, none when the dates are unknown. Absent in records written before it existed.
   */
  periods: z.array(DatePeriod).default([]),
  /** `ILACS`, `SIF`, `AUI` (annual unannounced inspection), `JTAI`, or null when unknown. */
  framework: z.string().nullable(),
  /** What a focused or monitoring visit looked at, as the letter words it. */
  focusAreas: z.array(z.string()),
  /** A monitoring visit's number: 5 for 'the fifth monitoring visit'. */
  sequenceNumber: z.number().int().positive().nullable(),
  /** The judgement the visit refers back to: 'judged inadequate in July 2022'. */
  previousJudgement: z.object({ grade: Grade, date: PartialDate.nullable() }).nullable(),
});
export type Visit = z.infer<typeof Visit>;

export const Inspector = z.object({
  name: z.string().min(1),
  lead: z.boolean(),
});
export type Inspector = z.infer<typeof Inspector>;

export const NamedPerson = z.object({
  name: z.string().min(1),
  /** Their title as the document gives it: 'Director of Children's Services'. */
  title: z.string().nullable(),
});
export type NamedPerson = z.infer<typeof NamedPerson>;

export const Judgement = z.object({
  area: JudgementArea,
  grade: Grade,
});
export type Judgement = z.infer<typeof Judgement>;

export const Recommendation = z.object({
  /** 1-based position in the document's list. */
  ordinal: z.number().int().positive(),
  text: z.string().min(1),
  themes: z.array(Slug),
  /** Ids of entries in the record's `services`. */
  services: z.array(Slug),
  span: Span,
});
export type Recommendation = z.infer<typeof Recommendation>;

export const Finding = z.object({
  ordinal: z.number().int().positive(),
  text: z.string().min(1),
  /** The heading the finding stands under. */
  section: z.string().nullable(),
  polarity: Polarity,
  themes: z.array(Slug),
  services: z.array(Slug),
  span: Span,
});
export type Finding = z.infer<typeof Finding>;

export const ServiceRelationType = z.enum(["REPLACED", "BASED_IN"]);
export type ServiceRelationType = z.infer<typeof ServiceRelationType>;

export const Service = z.object({
  /** Unique within the authority: `mash`, `get-safe`, `sash`. */
  id: Slug,
  /** Display name: the acronym where there is one, else the full name. */
  name: z.string().min(1),
  acronym: z.string().nullable(),
  fullName: z.string().nullable(),
  /** Every other way the document names it ('the SASH hub', 'MACE panels'). */
  aliases: z.array(z.string()),
  /** Shared across authorities: every MASH is of kind `mash`. */
  kind: Slug,
  /** Relations the text states, to other services of the same record. */
  relations: z.array(z.object({ type: ServiceRelationType, target: Slug })),
});
export type Service = z.infer<typeof Service>;

export const Action = z.object({
  /** The plan's own reference: `5.1`. */
  reference: z.string().min(1),
  text: z.string().min(1),
  owner: z.string().nullable(),
  dueDate: PartialDate.nullable(),
  progress: z.string().nullable(),
  /** Ordinal of the recommendation (area for improvement) it addresses. */
  addresses: z.number().int().positive().nullable(),
  themes: z.array(Slug),
  span: Span,
});
export type Action = z.infer<typeof Action>;

export const InspectionRecord = z.object({
  /** The path or name the document was given as. */
  source: z.string(),
  document: DocumentInfo,
  authority: Authority,
  visit: Visit,
  inspectors: z.array(Inspector),
  /** The director of children's services the letter is addressed to. */
  dcs: NamedPerson.nullable(),
  /** A council report's author. */
  author: NamedPerson.nullable(),
  judgements: z.array(Judgement),
  recommendations: z.array(Recommendation),
  findings: z.array(Finding),
  services: z.array(Service),
  actions: z.array(Action),
});
export type InspectionRecord = z.infer<typeof InspectionRecord>;
