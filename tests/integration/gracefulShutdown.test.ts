import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { stopLocalNeo4j } from "../../src/db/localNeo4j.ts";
import { freePorts, portIsFree } from "../helpers/freePorts.ts";

// `ofsted-graph start` as a user runs it (its own local Neo4j, seeded, served), then Ctrl-C: the API,
// the driver and the Neo4j it started all stop, and both ports are free again.

const REPO = fileURLToPath(new URL("../..", import.meta.url));

describe("ofsted-graph start", () => {
  let home: string | undefined;
  let child: ChildProcess | undefined;
  // When the test fails midway, nothing it started is left running: the command is interrupted (it
  // stops its Neo4j), killed if it does not end, and its Neo4j stopped by the pid file of its home.
  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const ended = new Promise((resolve) => child!.once("exit", resolve));
      child.kill("SIGINT");
      const timer = setTimeout(() => child!.kill("SIGKILL"), 60_000);
      await ended;
      clearTimeout(timer);
    }
    if (home) {
      await stopLocalNeo4j(home);
      await rm(home, { recursive: true, force: true });
    }
  });

  it("serves the seeded graph and stops everything it started on SIGINT", async () => {
    home = await mkdtemp(join(tmpdir(), "ofsted-graph-start-"));
    const [httpPort, boltPort] = (await freePorts(2)) as [number, number];
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(httpPort),
      NEO4J_BOLT_PORT: String(boltPort),
      NEO4J_HOME: home,
    };
    delete env.NEO4J_URI;
    child = spawn(process.execPath, [join(REPO, "bin/ofsted-graph.js"), "start"], {
      cwd: REPO,
      env,
      stdio: ["ignore", "ignore", "pipe"],
    });
    const started = child;
    const exited = new Promise<number | null>((resolve) => started.on("exit", (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      let stderr = "";
      started.stderr!.setEncoding("utf8");
      started.stderr!.on("data", (chunk: string) => {
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

    started.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(await portIsFree(httpPort)).toBe(true);
    expect(await portIsFree(boltPort)).toBe(true);
  });
});
