import { z } from "zod";
import type { Executor } from "../../db/Executor.ts";
import type { AuthorityReferenceIndex, ReferenceEntry } from "./AuthorityReferenceIndex.ts";
import { urnOfSource } from "./urnOfSource.ts";

/** How the graph's authorities and the reference rows correspond, both ways. */
export interface AuthorityMatches {
  /** The reference row of each graph authority that has one. */
  entryOf: Map<string, ReferenceEntry>;
  /** The graph authority of each matched DfE code (the first by id when several match one row). */
  authorityOf: Map<string, string>;
}

const KeysRow = z.object({ id: z.string(), name: z.string(), sources: z.array(z.string()) });

/**
 * Matches every authority in the graph to the reference, by the URN in its documents' file names or by
 * name. One light statement (an id, a name and file names per authority), so the reference stays out of
 * the graph: re-ingesting is never needed when the reference changes.
 */
export async function readAuthorityMatches(
  executor: Executor,
  reference: AuthorityReferenceIndex,
): Promise<AuthorityMatches> {
  const rows = await executor.read("read/authority-keys", {}, KeysRow);
  const entryOf = new Map<string, ReferenceEntry>();
  const authorityOf = new Map<string, string>();
  for (const row of rows) {
    const urns = row.sources.map(urnOfSource).filter((u): u is number => u !== null);
    const entry = reference.match({ id: row.id, name: row.name, urns });
    if (!entry) continue;
    entryOf.set(row.id, entry);
    if (!authorityOf.has(entry.dfeCode)) authorityOf.set(entry.dfeCode, row.id);
  }
  return { entryOf, authorityOf };
}
