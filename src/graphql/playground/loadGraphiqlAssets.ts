import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The browser files of GraphiQL and the React it runs on, as text to inline into one HTML page. */
export interface GraphiqlAssets {
  /** React 18's UMD build: defines `window.React`. */
  readonly react: string;
  /** ReactDOM 18's UMD build: defines `window.ReactDOM`. */
  readonly reactDom: string;
  /** GraphiQL 4's UMD build: defines `window.GraphiQL`, with `GraphiQL.createFetcher`. */
  readonly graphiql: string;
  /** GraphiQL's stylesheet, its fonts and images already inlined as `data:` URLs. */
  readonly graphiqlCss: string;
}

/**
 * Where each asset ships, relative to its package's root. These prebuilt browser files are in the npm
 * tarballs of graphiql 4 and React 18 (graphiql 5 and React 19 ship none), which pins those majors in
 * package.json. Paths go through each `package.json`, because the packages' `exports` hide these files.
 */
const ASSET_FILES: Readonly<Record<keyof GraphiqlAssets, readonly [pkg: string, file: string]>> = {
  react: ["react", "umd/react.production.min.js"],
  reactDom: ["react-dom", "umd/react-dom.production.min.js"],
  graphiql: ["graphiql", "graphiql.min.js"],
  graphiqlCss: ["graphiql", "graphiql.min.css"],
};

const require = createRequire(import.meta.url);

/**
 * Reads GraphiQL's and React's browser builds from the installed npm packages: nothing is fetched and
 * nothing is built. Throws when a package or file is missing (for example after a major upgrade that
 * dropped the UMD builds), naming the file.
 */
export async function loadGraphiqlAssets(): Promise<GraphiqlAssets> {
  const entries = await Promise.all(
    Object.entries(ASSET_FILES).map(async ([key, [pkg, file]]) => {
      let path = `${pkg}/${file}`;
      try {
        path = join(dirname(require.resolve(`${pkg}/package.json`)), file);
        return [key, await readFile(path, "utf8")] as const;
      } catch (cause) {
        throw new Error(`GraphQL playground: cannot read ${path}; is ${pkg} installed (npm ci)?`, { cause });
      }
    }),
  );
  return Object.fromEntries(entries) as Record<keyof GraphiqlAssets, string>;
}
