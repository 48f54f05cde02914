/**
 * Tracing through the service itself, for `npm run eval:trace`: the labelled pairs' reports are ingested
 * into a scratch database (the project's own local Neo4j under `.neo4j/eval`, on its own port, so the
 * service's graph is untouched; or the server NEO4J_EVAL_URI names, which is emptied), then each labelled
 * recommendation is traced with the API's `traceRecommendation` query, executed by the API's own server.
 */
import { join } from "node:path";
import { createExecutor } from "../../src/db/createExecutor.ts";
import type { Executor } from "../../src/db/Executor.ts";
import { startLocalNeo4j } from "../../src/db/localNeo4j.ts";
import { createApolloServer } from "../../src/graphql/createApolloServer.ts";
import { createLoaders } from "../../src/graphql/createLoaders.ts";
import type { GraphQLContext } from "../../src/graphql/GraphQLContext.ts";
import { extractInWorkers } from "../../src/ingest/extractInWorkers.ts";
import { ingestSources } from "../../src/ingest/ingestSources.ts";
import { createLogger } from "../../src/log/createLogger.ts";
import { readDocumentFile } from "../../src/extract/readDocumentFile.ts";
import { GraphStore } from "../../src/store/GraphStore.ts";
import { prepareGraph } from "../../src/store/prepareGraph.ts";
import type { TraceLabel } from "./traceLabel.ts";
import { repoRoot, reportsDir } from "./corpus.ts";
import { labelledRecommendation, type TracedLine } from "./traceOffline.ts";

const EVAL_BOLT_PORT = Number(process.env.NEO4J_EVAL_BOLT_PORT ?? 7689);

const RECOMMENDATIONS = `query ($visitId: ID!) {
  visit(id: $visitId) { recommendations(first: 100) { nodes { id text themes { id } } } }
}`;

const TRACE = `query ($id: ID!) {
  traceRecommendation(id: $id) {
    followUps {
      visit { id }
      status confidence reason
      evidence {
        kind relevance repeats
        finding { text polarity }
        recommendation { text }
      }
    }
  }
}`;

interface RecommendationNode {
  id: string;
  text: string;
  themes: Array<{ id: string }>;
}

async function openScratch(): Promise<{ executor: Executor; stop: () => Promise<void> }> {
  if (process.env.NEO4J_EVAL_URI) {
    const executor = await createExecutor({
      uri: process.env.NEO4J_EVAL_URI,
      user: process.env.NEO4J_EVAL_USER ?? "neo4j",
      password: process.env.NEO4J_EVAL_PASSWORD ?? "",
    });
    return { executor, stop: () => executor.close() };
  }
  const local = await startLocalNeo4j({
    home: join(repoRoot, ".neo4j/eval"),
    boltPort: EVAL_BOLT_PORT,
    logger: { info: (m) => console.error(`[neo4j] ${m}`), warn: (m) => console.error(`[neo4j] ${m}`) },
  });
  const executor = await createExecutor({ uri: local.uri, user: "neo4j", password: "" });
  return {
    executor,
    stop: async () => {
      await executor.close();
      await local.stop();
    },
  };
}

/** Ingests the labelled pairs into a scratch database and traces every labelled recommendation over GraphQL. */
export async function traceThroughService(labels: readonly TraceLabel[]): Promise<TracedLine[]> {
  const { executor, stop } = await openScratch();
  const extraction = extractInWorkers(2);
  const server = createApolloServer(createLogger("silent"));
  try {
    await executor.runAutoCommit(executor.registry.get("admin/delete-all"));
    await prepareGraph(executor);
    const files = [...new Set(labels.flatMap((label) => [label.earlier, label.later]))];
    const summary = await ingestSources(
      executor,
      files.map((file) => ({ path: file, read: () => readDocumentFile(join(reportsDir, file)) })),
      { concurrency: 2, extract: extraction.extract },
    );
    if (summary.failed > 0) throw new Error(`eval:trace: ${summary.failed} report(s) failed to ingest`);
    await server.start();
    const store = new GraphStore(executor);
    const run = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
      const context: GraphQLContext = {
        store,
        loaders: createLoaders(store),
        writer: null,
        writeRefusal: null,
      };
      const response = await server.executeOperation({ query, variables }, { contextValue: context });
      if (response.body.kind !== "single") throw new Error("unexpected incremental response");
      const { data, errors } = response.body.singleResult;
      if (errors?.length) throw new Error(`eval:trace: ${errors.map((e) => e.message).join("; ")}`);
      return data as T;
    };
    const visitOf = new Map(
      summary.outcomes.flatMap((outcome) =>
        "visitId" in outcome ? [[outcome.source, outcome.visitId] as const] : [],
      ),
    );
    const traced: TracedLine[] = [];
    for (const label of labels) {
      const page: { visit: { recommendations: { nodes: RecommendationNode[] } } | null } = await run(
        RECOMMENDATIONS,
        {
          visitId: visitOf.get(label.earlier),
        },
      );
      const recommendation = labelledRecommendation(page.visit?.recommendations.nodes ?? [], label);
      if (!recommendation) {
        traced.push({ label, result: null });
        continue;
      }
      const data: {
        traceRecommendation: {
          followUps: Array<{
            status: string;
            confidence: string;
            reason: string;
            evidence: Array<{
              kind: string;
              relevance: number;
              repeats: boolean;
              finding: { text: string; polarity: string } | null;
              recommendation: { text: string } | null;
            }>;
          }>;
        };
      } = await run(TRACE, { id: recommendation.id });
      const next = data.traceRecommendation.followUps[0];
      traced.push({
        label,
        result: next
          ? {
              status: next.status,
              confidence: next.confidence,
              reason: next.reason,
              themes: recommendation.themes.map((t) => t.id),
              evidence: next.evidence.map((e) => ({
                kind: e.kind,
                text: e.finding?.text ?? e.recommendation?.text ?? "",
                relevance: e.relevance,
                polarity: e.finding?.polarity ?? null,
                repeats: e.repeats,
              })),
            }
          : null,
      });
    }
    return traced;
  } finally {
    await server.stop();
    await extraction.close();
    await stop();
  }
}
