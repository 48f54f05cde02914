import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// `ofsted-graph start` as a user runs it (its own local Neo4j, seeded, served), then Ctrl-C: the API,
// the driver and the Neo4j it started all stop, and both ports are free again.

const REPO = fileURLToPath(new URL("../..", import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
      .once("error", () => resolve(false))
      .listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

describe("ofsted-graph start", () => {
  let home: string;
  afterAll(async () => {
    if (home) await rm(home, { recursive: true, force: true });
  });

  it("serves the seeded graph and stops everything it started on SIGINT", async () => {
    home = await mkdtemp(join(tmpdir(), "ofsted-graph-start-"));
    const [httpPort, boltPort] = [await freePort(), await freePort()];
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(httpPort),
      NEO4J_BOLT_PORT: String(boltPort),
      NEO4J_HOME: home,
    };
    delete env.NEO4J_URI;
    const child = spawn(process.execPath, [join(REPO, "bin/ofsted-graph.js"), "start"], {
      cwd: REPO,
      env,
      stdio: ["ignore", "ignore", "pipe"],
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      let stderr = "";
      child.stderr.setEncoding("utf8");
      child.stderr.on("data", (chunk: string) => {
        stderr += chunk;
        if (stderr.includes("GraphQL API and playground at")) resolve();
      });
      void exited.then((code) => reject(new Error(`start ended early with code ${code}`)));
    });
    const response = await fetch(`http://127.0.0.1:${httpPort}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ stats { documents } }" }),
    });
    const body = (await response.json()) as { data: { stats: { documents: number } } };
    expect(body.data.stats.documents).toBe(5);

    child.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(await portIsFree(httpPort)).toBe(true);
    expect(await portIsFree(boltPort)).toBe(true);
  });
});
