import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DocumentNode } from "graphql";
import { gql } from "graphql-tag";

/** The repository's `schema/` folder: the SDL, the single source of the API's types. */
export const SCHEMA_DIR = fileURLToPath(new URL("../../schema", import.meta.url));

/** Every `schema/*.graphql` file, parsed, in name order. */
export function loadTypeDefs(dir: string = SCHEMA_DIR): DocumentNode[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".graphql"))
    .sort()
    .map((name) => gql(readFileSync(join(dir, name), "utf8")));
}
