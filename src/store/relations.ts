import { z } from "zod";
import {
  ActionRow,
  DocumentRow,
  InspectorRow,
  JudgementRow,
  PersonRow,
  RecommendationRow,
  ServiceRow,
  VisitRow,
} from "./rows.ts";

const count = z.number().int().nonnegative();

/**
 * The statements that follow a relationship from many parents at once, each with the schema of its row
 * (besides `parentId`). The GraphQL loaders batch on these.
 */
export const RELATIONS = {
  visitInspectors: {
    statement: "read/visit-inspectors",
    row: z.object({ items: z.array(z.object({ inspector: InspectorRow, lead: z.boolean() })) }),
  },
  visitDocuments: { statement: "read/visit-documents", row: z.object({ items: z.array(DocumentRow) }) },
  visitJudgements: { statement: "read/visit-judgements", row: z.object({ items: z.array(JudgementRow) }) },
  /** An authority's latest visit with judgements, those judgements, and its latest overall judgement. */
  authorityLatestJudgements: {
    statement: "read/authority-latest-judgements",
    row: z.object({ visit: VisitRow, items: z.array(JudgementRow), overall: JudgementRow.nullable() }),
  },
  visitActions: { statement: "read/visit-actions", row: z.object({ items: z.array(ActionRow) }) },
  visitThemeCounts: {
    statement: "read/visit-theme-counts",
    row: z.object({
      items: z.array(
        z.object({
          themeId: z.string(),
          strengths: count,
          weaknesses: count,
          mixed: count,
          neutral: count,
          recommendations: count,
        }),
      ),
    }),
  },
  visitNeighbours: {
    statement: "read/visit-neighbours",
    row: z.object({ previous: VisitRow.nullable(), next: VisitRow.nullable() }),
  },
  documentActions: { statement: "read/document-actions", row: z.object({ items: z.array(ActionRow) }) },
  documentServices: { statement: "read/document-services", row: z.object({ items: z.array(ServiceRow) }) },
  documentPeople: {
    statement: "read/document-people",
    row: z.object({ addressedTo: PersonRow.nullable(), author: PersonRow.nullable() }),
  },
  serviceRelations: {
    statement: "read/service-relations",
    row: z.object({
      replaced: z.array(ServiceRow),
      replacedBy: z.array(ServiceRow),
      basedIn: z.array(ServiceRow),
      hosts: z.array(ServiceRow),
      documents: z.array(DocumentRow),
    }),
  },
  recommendationActions: {
    statement: "read/recommendation-actions",
    row: z.object({ items: z.array(ActionRow) }),
  },
  recommendationRepeats: {
    statement: "read/recommendation-repeats",
    row: z.object({ repeats: z.array(RecommendationRow), repeatedBy: z.array(RecommendationRow) }),
  },
  personLinks: {
    statement: "read/person-links",
    row: z.object({
      addressedIn: z.array(DocumentRow),
      authored: z.array(DocumentRow),
      actionsOwned: z.array(ActionRow),
    }),
  },
} as const;
export type RelationName = keyof typeof RELATIONS;
export type RelationRow<N extends RelationName> = z.infer<(typeof RELATIONS)[N]["row"]>;
