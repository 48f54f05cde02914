import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { AuthorityReference } from "../../domain/AuthorityReference.ts";
import { AppError } from "../../domain/AppError.ts";
import { AuthorityReferenceIndex } from "./AuthorityReferenceIndex.ts";

/** The project's copy of the authority reference (see data/reference/README.md). */
export const AUTHORITY_REFERENCE_FILE = new URL("../../../data/reference/authorities.csv", import.meta.url);

/**
 * Reads and validates the authority reference CSV; throws AppError (CONFIG_INVALID) naming the first
 * bad row, so a damaged file stops the service at start rather than answering wrongly.
 */
export function loadAuthorityReference(
  file: URL | string = AUTHORITY_REFERENCE_FILE,
): AuthorityReferenceIndex {
  const records: unknown = parse(readFileSync(file), { columns: true, skip_empty_lines: true, bom: true });
  const parsed = z.array(AuthorityReference).safeParse(records);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      "CONFIG_INVALID",
      `${String(file)}: row ${Number(issue?.path[0] ?? 0) + 2}, ${issue?.path.slice(1).join(".")}: ${issue?.message}`,
    );
  }
  return new AuthorityReferenceIndex(parsed.data);
}

let shared: AuthorityReferenceIndex | null = null;

/** The project's reference, read once per process (156 rows: memory is the cheapest place for it). */
export function authorityReference(): AuthorityReferenceIndex {
  shared ??= loadAuthorityReference();
  return shared;
}
