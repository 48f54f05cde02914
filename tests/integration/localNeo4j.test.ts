import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type LocalNeo4j,
  localNeo4jStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
} from "../../src/db/localNeo4j.ts";

// Starts a real embedded Neo4j (needs a JDK 17 and Maven, or the jars already in ~/.m2) in a temporary home
// on a free port other than the default, so it never clashes with a developer's own `.neo4j/` on 7687.

/** A port nothing listens on right now, picked by the OS. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

describe("local Neo4j", { timeout: 300_000 }, () => {
  let home: string;
  let port: number;
  let server: LocalNeo4j;

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), "ofsted-graph-neo4j-"));
    port = await freePort();
    if (port === 7687) port = await freePort();
  });

  afterAll(async () => {
    if (home) {
      await stopLocalNeo4j(home).catch(() => undefined);
      await rm(home, { recursive: true, force: true });
    }
  }, 120_000);

  it("starts Neo4j 5.26 with Bolt on 127.0.0.1", async () => {
    server = await startLocalNeo4j({ home, boltPort: port, timeoutMs: 240_000 });
    expect(server.uri).toBe(`bolt://127.0.0.1:${port}`);
    expect(server.startedByUs).toBe(true);
    expect(server.version).toMatch(/^5\.26\.\d+$/);
    expect(existsSync(join(home, "neo4j.pid"))).toBe(true);
    expect(existsSync(join(home, "neo4j.log"))).toBe(true);
  });

  it("reports its status with the version", async () => {
    const status = await localNeo4jStatus(home, port);
    expect(status).toEqual({ running: true, pid: server.pid, uri: server.uri, version: server.version });
  });

  it("writes a node over Bolt and reads it back", async () => {
    const driver = neo4j.driver(server.uri, undefined, { disableLosslessIntegers: true });
    try {
      await driver.executeQuery("CREATE (:LocalNeo4jProbe {name: $name, n: $n})", { name: "probe", n: 42 });
      const { records } = await driver.executeQuery(
        "MATCH (p:LocalNeo4jProbe {name: $name}) RETURN p.n AS n, count(*) AS c",
        { name: "probe" },
        { routing: neo4j.routing.READ },
      );
      expect(records.map((r) => [r.get("n"), r.get("c")])).toEqual([[42, 1]]);
    } finally {
      await driver.close();
    }
  });

  it("reuses the running server instead of starting another, and its stop() leaves it running", async () => {
    const again = await startLocalNeo4j({ home, boltPort: port });
    expect(again.startedByUs).toBe(false);
    expect(again.pid).toBe(server.pid);
    await again.stop();
    expect((await localNeo4jStatus(home, port)).running).toBe(true);
  });

  it("refuses to start a second server for the same home on another port", async () => {
    await expect(startLocalNeo4j({ home, boltPort: port + 1 })).rejects.toMatchObject({
      code: "NEO4J_LAUNCH_FAILED",
    });
  });

  it("stops cleanly and frees the port", async () => {
    await server.stop();
    expect(await portAnswers(port)).toBe(false);
    expect(existsSync(join(home, "neo4j.pid"))).toBe(false);
    expect(await localNeo4jStatus(home, port)).toEqual({
      running: false,
      pid: null,
      uri: server.uri,
      version: null,
    });
    expect(await stopLocalNeo4j(home)).toBe(false);
  });
});
