// Lint rules: ESLint's and typescript-eslint's recommended sets, and the direction of imports between the
// folders of src/ (README, "Folders"); formatting is Prettier's alone.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import { importX } from "eslint-plugin-import-x";
import globals from "globals";
import tseslint from "typescript-eslint";

/** The folders of src/ each folder may NOT import: everything not listed is allowed. */
const FORBIDDEN = {
  build: ["config", "domain", "db", "store", "ingest", "extract", "trace", "graphql", "web", "cli", "log"],
  config: ["db", "store", "ingest", "extract", "trace", "graphql", "web", "cli", "log"],
  domain: ["config", "db", "store", "ingest", "extract", "trace", "graphql", "web", "cli", "log"],
  extract: ["config", "db", "store", "ingest", "trace", "graphql", "web", "cli", "log"],
  trace: ["config", "db", "store", "ingest", "extract", "graphql", "web", "cli", "log"],
  db: ["store", "ingest", "extract", "trace", "graphql", "web", "cli"],
  store: ["ingest", "extract", "graphql", "web", "cli"],
  ingest: ["graphql", "web", "cli"],
  graphql: ["db", "extract", "ingest", "cli"],
  web: ["db", "store", "ingest", "extract", "trace", "cli"],
  log: ["db", "store", "ingest", "extract", "trace", "graphql", "web", "cli"],
};

const layerZones = Object.entries(FORBIDDEN).flatMap(([folder, forbidden]) =>
  forbidden.map((other) => ({
    target: `./src/${folder}`,
    from: `./src/${other}`,
    message: `src/${folder} must not import src/${other} (imports point one way: see README, "Folders").`,
  })),
);

export default tseslint.config(
  { ignores: ["node_modules/", ".neo4j/", "bench/out/", "src/graphql/generated/", "coverage/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Imports point one way and never in a circle; nothing imports the command line.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [importX.createNodeResolver()],
      "import-x/extensions": [".ts", ".tsx", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
    },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-restricted-paths": ["error", { zones: layerZones }],
    },
  },
  {
    // ingest hands the executor to store, whose functions run the statements: it may name its type only.
    files: ["src/ingest/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/db/*"],
              allowTypeImports: true,
              message: "src/ingest runs no statement: call a function of src/store instead.",
            },
          ],
        },
      ],
    },
  },
  {
    // The explorer's pages run in a browser.
    files: ["web/**"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // End-to-end tests read GraphQL responses by path; their assertions check the shapes.
    files: ["tests/e2e/**", "tests/helpers/startTestApi.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  prettier,
);
