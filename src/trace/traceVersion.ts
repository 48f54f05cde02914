import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { TRACE_TUNING } from "./traceTuning.ts";

/** The version of an npm package tracing depends on, from its package.json ("?" when not found). */
function packageVersion(name: string): string {
  let folder = dirname(createRequire(import.meta.url).resolve(name));
  for (;;) {
    const manifest = join(folder, "package.json");
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string; version?: string };
      if (parsed.name === name) return parsed.version ?? "?";
    }
    const parent = dirname(folder);
    if (parent === folder) return "?";
    folder = parent;
  }
}

/**
 * A digest of everything a follow-up's decision depends on besides its inputs: the sources of this folder,
 * the tuning, and the versions of the ranking libraries (MiniSearch, the stemmer). Decisions stored with
 * another version are stale: a change of the tracing code or its tuning re-traces them, with nobody having
 * to remember to bump a number.
 */
export const TRACE_VERSION: string = (() => {
  const folder = dirname(fileURLToPath(import.meta.url));
  const hash = createHash("sha1");
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith(".ts"))
    .sort()) {
    hash
      .update(file)
      .update("\u0000")
      .update(readFileSync(join(folder, file)))
      .update("\u0000");
  }
  hash.update(JSON.stringify(TRACE_TUNING));
  hash.update(`minisearch@${packageVersion("minisearch")} stemmer@${packageVersion("stemmer")}`);
  return hash.digest("base64url").slice(0, 16);
})();
