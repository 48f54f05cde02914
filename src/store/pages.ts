import { z } from "zod";
import { ENTITIES, NODE_LABELS, type NodeLabel } from "./entities.ts";
import { VisitRow } from "./rows.ts";

type Entity<L extends NodeLabel> = (typeof ENTITIES)[L];
/** Each entity's own list: its page name → its page statement and row schema. */
type EntityPages = {
  [L in NodeLabel as Entity<L>["page"]]: { statement: Entity<L>["pageStatement"]; item: Entity<L>["row"] };
};

/** The paged lists the API offers: each entity's (from ENTITIES), and lists of other shapes. */
export const PAGES = {
  ...(Object.fromEntries(
    NODE_LABELS.map((label) => [
      ENTITIES[label].page,
      { statement: ENTITIES[label].pageStatement, item: ENTITIES[label].row },
    ]),
  ) as EntityPages),
  inspectorVisits: { statement: "read/inspector-visits-page", item: VisitRow.extend({ lead: z.boolean() }) },
} as const;
export type PageName = keyof typeof PAGES;
export type PageItem<N extends PageName> = z.infer<(typeof PAGES)[N]["item"]>;
