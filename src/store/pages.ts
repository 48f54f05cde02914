import { z } from "zod";
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

/** The paged lists the API offers: each statement and the schema of its items. */
export const PAGES = {
  authorities: { statement: "read/authorities-page", item: AuthorityRow },
  visits: { statement: "read/visits-page", item: VisitRow },
  judgements: { statement: "read/judgements-page", item: JudgementRow },
  inspectors: { statement: "read/inspectors-page", item: InspectorRow },
  inspectorVisits: { statement: "read/inspector-visits-page", item: VisitRow.extend({ lead: z.boolean() }) },
  people: { statement: "read/people-page", item: PersonRow },
  documents: { statement: "read/documents-page", item: DocumentRow },
  findings: { statement: "read/findings-page", item: FindingRow },
  recommendations: { statement: "read/recommendations-page", item: RecommendationRow },
  actions: { statement: "read/actions-page", item: ActionRow },
  services: { statement: "read/services-page", item: ServiceRow },
  serviceKinds: { statement: "read/service-kinds-page", item: ServiceKindRow },
  themes: { statement: "read/themes-page", item: ThemeRow },
} as const;
export type PageName = keyof typeof PAGES;
export type PageItem<N extends PageName> = z.infer<(typeof PAGES)[N]["item"]>;
