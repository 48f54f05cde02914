#!/usr/bin/env node
// The `ofsted-graph` command. It runs the CLI from a plain-JavaScript bundle of the TypeScript sources, built
// at the first run after they change (src/build/cachedBundle.js), and through tsx only when no bundle can be
// built or kept (a read-only install, say): tsx transforms in a thread of its own and keeps its source maps,
// which took 20-50 MiB and half a second of CPU more per process (bench/RESULTS.md).
import { fileURLToPath, pathToFileURL } from "node:url";

// A service runs in production mode unless told otherwise: graphql-js then skips its development-only
// checks, which cost a share of every request. Set before any library is loaded, as they read it once.
process.env.NODE_ENV ??= "production";

/** The bundle's path, or null when it cannot be built or written. */
async function bundledCli() {
  const root = fileURLToPath(new URL("../", import.meta.url));
  try {
    const { cachedBundle } = await import("../src/build/cachedBundle.js");
    const file = await cachedBundle({
      entry: `${root}src/cli/main.ts`,
      root,
      name: "cli",
    });
    // A build leaves esbuild's service running in a child process: ended before a command that may serve
    // for days starts (nothing else here uses esbuild yet; a later build starts it again).
    await (await import("esbuild")).stop();
    return file;
  } catch {
    return null;
  }
}

const bundle = await bundledCli();
let main;
if (bundle) {
  ({ main } = await import(pathToFileURL(bundle).href));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../src/cli/main.ts"));
}
process.exitCode = await main(process.argv.slice(2));
