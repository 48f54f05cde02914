import type { CodegenConfig } from "@graphql-codegen/cli";
import { NODE_LABELS } from "./src/store/entities.ts";

// Resolver types generated from the SDL, the single source of the API's types. `npm run codegen` rewrites
// src/graphql/generated/resolvers.ts; the typecheck fails when resolvers and schema drift apart.
const config: CodegenConfig = {
  schema: "schema/*.graphql",
  generates: {
    "src/graphql/generated/resolvers.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: "../GraphQLContext.ts#GraphQLContext",
        mappers: {
          // Each entity's row schema (src/store/entities.ts), named <Label>Row in rows.ts.
          ...Object.fromEntries(NODE_LABELS.map((label) => [label, `../../store/rows.ts#${label}Row`])),
          Evidence: "../../store/rows.ts#EvidenceRow",
          AuthorityReference: "../../store/reference/AuthorityReferenceIndex.ts#ReferenceEntry",
          BenchmarkEntry: "../compareWithNeighbours.ts#BenchmarkEntryValue",
        },
        scalars: { PartialDate: "string" },
        maybeValue: "T | null | undefined",
        avoidOptionals: false,
      },
    },
  },
};

export default config;
