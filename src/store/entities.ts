import type { z } from "zod";
import type { StatementName } from "../db/statementNames.ts";
import {
  ActionRow,
  AuthorityRow,
  DocumentRow,
  FindingRow,
  InspectorRow,
  JudgementRow,
  PersonRow,
  RecommendationRow,
  ServiceKindRow,
  ServiceRow,
  ThemeRow,
  VisitRow,
} from "./rows.ts";

/** What the service knows of one node type: everything else about the type is derived from this. */
export interface EntityDefinition {
  /** The schema of the rows its statements return (and the GraphQL type's mapper, `<Label>Row`). */
  row: z.ZodObject;
  /** The statement that reads nodes of the type by id (`cypher/read/*-by-ids.cypher`). */
  byIds: StatementName;
  /** The name of its paged list: the loader's, the store's, and the top-level query field's. */
  page: string;
  /** The statement that reads one page per parent (`cypher/read/*-page.cypher`). */
  pageStatement: StatementName;
  /** The top-level query field that fetches one by id (`authority(id:)`). */
  field: string;
}

/**
 * Every node type the API reads, once. Row schemas by label, the by-id and page statements, the page
 * names, the loaders (`createLoaders`), the by-id query fields (`Query.ts`) and codegen's mappers all
 * come from this list, so adding a type is one entry here (with its statements and SDL).
 */
export const ENTITIES = {
  Authority: {
    row: AuthorityRow,
    byIds: "read/authorities-by-ids",
    page: "authorities",
    pageStatement: "read/authorities-page",
    field: "authority",
  },
  Visit: {
    row: VisitRow,
    byIds: "read/visits-by-ids",
    page: "visits",
    pageStatement: "read/visits-page",
    field: "visit",
  },
  Judgement: {
    row: JudgementRow,
    byIds: "read/judgements-by-ids",
    page: "judgements",
    pageStatement: "read/judgements-page",
    field: "judgement",
  },
  Inspector: {
    row: InspectorRow,
    byIds: "read/inspectors-by-ids",
    page: "inspectors",
    pageStatement: "read/inspectors-page",
    field: "inspector",
  },
  Person: {
    row: PersonRow,
    byIds: "read/people-by-ids",
    page: "people",
    pageStatement: "read/people-page",
    field: "person",
  },
  Document: {
    row: DocumentRow,
    byIds: "read/documents-by-ids",
    page: "documents",
    pageStatement: "read/documents-page",
    field: "document",
  },
  Finding: {
    row: FindingRow,
    byIds: "read/findings-by-ids",
    page: "findings",
    pageStatement: "read/findings-page",
    field: "finding",
  },
  Recommendation: {
    row: RecommendationRow,
    byIds: "read/recommendations-by-ids",
    page: "recommendations",
    pageStatement: "read/recommendations-page",
    field: "recommendation",
  },
  Action: {
    row: ActionRow,
    byIds: "read/actions-by-ids",
    page: "actions",
    pageStatement: "read/actions-page",
    field: "action",
  },
  Service: {
    row: ServiceRow,
    byIds: "read/services-by-ids",
    page: "services",
    pageStatement: "read/services-page",
    field: "service",
  },
  ServiceKind: {
    row: ServiceKindRow,
    byIds: "read/service-kinds-by-ids",
    page: "serviceKinds",
    pageStatement: "read/service-kinds-page",
    field: "serviceKind",
  },
  Theme: {
    row: ThemeRow,
    byIds: "read/themes-by-ids",
    page: "themes",
    pageStatement: "read/themes-page",
    field: "theme",
  },
} as const satisfies Record<string, EntityDefinition>;

export type NodeLabel = keyof typeof ENTITIES;
export type RowOf<L extends NodeLabel> = z.infer<(typeof ENTITIES)[L]["row"]>;

/** Every node label, in the order of ENTITIES. */
export const NODE_LABELS = Object.keys(ENTITIES) as NodeLabel[];
