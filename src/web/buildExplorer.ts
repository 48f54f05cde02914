import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** The explorer's browser files, as served. */
export interface ExplorerAssets {
  /** The pages' script: React, Chart.js, cytoscape.js and the pages, bundled and minified. */
  readonly js: string;
  /** GOV.UK Frontend's stylesheet (without its web fonts) and the explorer's own rules. */
  readonly css: string;
}

const WEB_DIR = fileURLToPath(new URL("../../web/", import.meta.url));
const require = createRequire(import.meta.url);

/**
 * Builds the explorer from `web/` with esbuild, in memory, once per server start (about a second): no
 * build step to run by hand and nothing written to disk that could go stale. Throws when the sources do
 * not compile, naming the file and line.
 */
export async function buildExplorer(): Promise<ExplorerAssets> {
  const result = await build({
    entryPoints: [join(WEB_DIR, "src/main.tsx")],
    bundle: true,
    write: false,
    minify: true,
    format: "iife",
    target: "es2022",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    legalComments: "none",
    logLevel: "silent",
  });
  const js = result.outputFiles[0]?.text ?? "";
  const govuk = await readFile(
    join(dirname(require.resolve("govuk-frontend/package.json")), "dist/govuk/govuk-frontend.min.css"),
    "utf8",
  );
  const own = await readFile(join(WEB_DIR, "explorer.css"), "utf8");
  return { js, css: `${withoutWebFonts(govuk)}\n${own}` };
}

/**
 * GOV.UK Frontend's stylesheet with its GDS Transport font faces removed and the font replaced by Arial:
 * that typeface is licensed only for services on GOV.UK, which this is not.
 */
function withoutWebFonts(css: string): string {
  return css
    .replace(/@font-face\{[^}]*\}/g, "")
    .replace(/"?GDS Transport"?,\s*arial/gi, "arial")
    .replace(/\/\*# sourceMappingURL=[^*]*\*\//g, "");
}
