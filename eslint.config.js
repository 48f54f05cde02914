// Lint rules: ESLint's and typescript-eslint's recommended sets; formatting is Prettier's alone.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import globals from "globals";
import tseslint from "typescript-eslint";

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
