import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createExecutor } from "../../src/db/createExecutor.ts";
import type { Executor } from "../../src/db/Executor.ts";
import { type LocalNeo4j, startLocalNeo4j, stopLocalNeo4j } from "../../src/db/localNeo4j.ts";
import { seedGraph } from "../../src/ingest/seedGraph.ts";
import { prepareGraph } from "../../src/store/prepareGraph.ts";
import { startTestApi, type TestApi } from "../helpers/startTestApi.ts";

// The database stopped under a running service, then started again: queries fail fast with
// DATABASE_UNAVAILABLE and /health says so; once it is back, both recover with no restart of the
// service. This file starts a Neo4j of its own (a scratch home, a free port) so that stopping it
// touches no other test's database.

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

const STATS = "{ stats { documents visits } }";
let home: string;
let boltPort: number;
let local: LocalNeo4j | undefined;
let executor: Executor;
let api: TestApi;

async function health(): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(new URL("/health", api.url));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function startDatabase(): Promise<LocalNeo4j> {
  return startLocalNeo4j({ home, boltPort, heapSize: "512m", pageCacheSize: "64m" });
}

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), "ofsted-graph-faults-"));
  boltPort = Number(process.env.NEO4J_FAULT_BOLT_PORT ?? (await freePort()));
  local = await startDatabase();
  executor = await createExecutor({ uri: local.uri, user: "neo4j", password: "" });
  await prepareGraph(executor);
  await seedGraph(executor);
  api = await startTestApi(executor);
});
afterAll(async () => {
  await api?.stop();
  await executor?.close();
  await stopLocalNeo4j(home);
  await rm(home, { recursive: true, force: true });
});

describe("the database stopped and started under a running service", () => {
  it("is healthy and answers while the database is up", async () => {
    expect(await health()).toEqual({ status: 200, body: { status: "ready", database: "up" } });
    const { body } = await api.post(STATS);
    expect(body.data.stats).toEqual({ documents: 5, visits: 4 });
  });

  it("fails fast with DATABASE_UNAVAILABLE and an unhealthy /health while it is down", async () => {
    await stopLocalNeo4j(home);

    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: "unavailable", database: "down" });
    expect(String(down.body.reason)).not.toBe("");

    for (let attempt = 0; attempt < 3; attempt += 1) {
      const started = Date.now();
      const { status, body } = await api.post(STATS);
      const elapsed = Date.now() - started;
      expect(status).toBe(200);
      expect(body.data).toBeNull();
      expect(body.errors).toHaveLength(1);
      expect(body.errors?.[0]?.extensions).toEqual({ code: "DATABASE_UNAVAILABLE" });
      // Neither the driver's reason nor the server's address reaches a client.
      expect(body.errors?.[0]?.message).toBe("The database is unavailable; try again later");
      expect(JSON.stringify(body)).not.toMatch(/\bat .+\.(ts|js):\d+/);
      // The driver alone would retry for 30 s; within the probe's bound is fast.
      expect(elapsed).toBeLessThan(4_000);
    }
  });

  it("recovers by itself once the database is back", async () => {
    local = await startDatabase();
    const deadline = Date.now() + 60_000;
    let last = await health();
    while (last.status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      last = await health();
    }
    expect(last).toEqual({ status: 200, body: { status: "ready", database: "up" } });
    const { body } = await api.post(STATS);
    expect(body.errors).toBeUndefined();
    expect(body.data.stats).toEqual({ documents: 5, visits: 4 });
  });
});
