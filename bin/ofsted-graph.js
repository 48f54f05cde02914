#!/usr/bin/env node
// The `ofsted-graph` command: runs the TypeScript CLI directly (tsx), so no build step is needed.
import { register } from "tsx/esm/api";

// A service runs in production mode unless told otherwise: graphql-js then skips its development-only
// checks, which cost a share of every request. Set before any library is loaded, as they read it once.
process.env.NODE_ENV ??= "production";
register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
