import { defineConfig } from "vitest/config";

// Two tiers: unit tests run in parallel with no database; integration and end-to-end tests share one real
// Neo4j (provided by the global setup) and run one file at a time, each file owning the database state.
export default defineConfig({
  // One graphql module for everything: Vite would pick graphql's ESM build for our code while Apollo
  // (loaded by Node) gets its CommonJS build, and graphql refuses types from "another realm".
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts", "tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/helpers/neo4jGlobalSetup.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
