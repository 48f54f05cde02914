import type { StatementName } from "../db/statementNames.ts";
import type { NodeLabel } from "./rows.ts";

/** The statement that reads nodes of each label by id (`cypher/read/*-by-ids.cypher`). */
export const BY_IDS_STATEMENT: Record<NodeLabel, StatementName> = {
  Authority: "read/authorities-by-ids",
  Visit: "read/visits-by-ids",
  Judgement: "read/judgements-by-ids",
  Inspector: "read/inspectors-by-ids",
  Person: "read/people-by-ids",
  Document: "read/documents-by-ids",
  Finding: "read/findings-by-ids",
  Recommendation: "read/recommendations-by-ids",
  Action: "read/actions-by-ids",
  Service: "read/services-by-ids",
  ServiceKind: "read/service-kinds-by-ids",
  Theme: "read/themes-by-ids",
};
