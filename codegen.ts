import type { CodegenConfig } from "@graphql-codegen/cli";

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
          Authority: "../../store/rows.ts#AuthorityRow",
          Visit: "../../store/rows.ts#VisitRow",
          Judgement: "../../store/rows.ts#JudgementRow",
          Inspector: "../../store/rows.ts#InspectorRow",
          Person: "../../store/rows.ts#PersonRow",
          Document: "../../store/rows.ts#DocumentRow",
          Finding: "../../store/rows.ts#FindingRow",
          Recommendation: "../../store/rows.ts#RecommendationRow",
          Action: "../../store/rows.ts#ActionRow",
          Service: "../../store/rows.ts#ServiceRow",
          ServiceKind: "../../store/rows.ts#ServiceKindRow",
          Theme: "../../store/rows.ts#ThemeRow",
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
