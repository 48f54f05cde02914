import type { TestProject } from "vitest/node";
import { startLocalNeo4j } from "../../src/db/localNeo4j.ts";

interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

/** Bolt port of the tests' own local Neo4j, apart from the service's default 7687. */
const TEST_BOLT_PORT = Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688);

/**
 * Provides the integration tests with a real Neo4j: the server NEO4J_URI names (tests empty it: point
 * them at a database you can spare), else a Neo4j container where a Docker engine answers, else the
 * project's local embedded Neo4j under `.neo4j/test`. Stops what it started.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI) {
    project.provide("neo4j", {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? "neo4j",
      password: process.env.NEO4J_PASSWORD ?? "",
    });
    return async () => {};
  }
  const container = await startContainer();
  if (container) {
    project.provide("neo4j", container.connection);
    return container.stop;
  }
  const local = await startLocalNeo4j({
    home: ".neo4j/test",
    boltPort: TEST_BOLT_PORT,
    logger: { info: (m) => console.error(`[neo4j] ${m}`), warn: (m) => console.error(`[neo4j] ${m}`) },
  });
  project.provide("neo4j", { uri: local.uri, user: "neo4j", password: "" });
  return () => local.stop();
}

/** A Neo4j 5.26 container through testcontainers, or null when no Docker engine answers. */
async function startContainer(): Promise<{ connection: Neo4jConnection; stop: () => Promise<void> } | null> {
  try {
    const { getContainerRuntimeClient } = await import("testcontainers");
    await getContainerRuntimeClient();
  } catch {
    return null;
  }
  const { Neo4jContainer } = await import("@testcontainers/neo4j");
  const container = await new Neo4jContainer("neo4j:5.26-community").withPassword("test-password").start();
  return {
    connection: {
      uri: container.getBoltUri(),
      user: container.getUsername(),
      password: container.getPassword(),
    },
    stop: async () => {
      await container.stop();
    },
  };
}
