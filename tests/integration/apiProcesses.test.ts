import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Executor } from "../../src/db/Executor.ts";
import { freePorts } from "../helpers/freePorts.ts";
import { openTestDatabase } from "../helpers/testDatabase.ts";

// `ofsted-graph serve` with API_PROCESSES=2, as a deployment runs it: two processes answer on one port, one
// that dies is replaced, SIGTERM to the command ends them all, and a port already taken stops the start with
// a message that says so.

const REPO = fileURLToPath(new URL("../..", import.meta.url));

let executor: Executor;
const started: ChildProcess[] = [];

/** `serve` with two API processes on `port`, its stderr collected as it comes. */
function serve(port: number): { child: ChildProcess; stderr: () => string } {
  const neo4j = inject("neo4j");
  const child = spawn(process.execPath, [`${REPO}bin/ofsted-graph.js`, "serve"], {
    cwd: REPO,
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      PORT: String(port),
      HOST: "127.0.0.1",
      API_PROCESSES: "2",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  started.push(child);
  let stderr = "";
  child.stderr!.setEncoding("utf8");
  child.stderr!.on("data", (chunk: string) => (stderr += chunk));
  return { child, stderr: () => stderr };
}

/** The pids of a process's children, from /proc. */
function childrenOf(pid: number): number[] {
  const text = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8");
  return text.split(" ").filter(Boolean).map(Number);
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const listening = (stderr: string, pid: number) =>
  stderr.includes(`"pid":${pid},"msg":"API process listening"`);

async function documents(port: number): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ stats { documents } }" }),
  });
  const body = (await response.json()) as { data: { stats: { documents: number } } };
  return body.data.stats.documents;
}

beforeAll(async () => {
  executor = await openTestDatabase();
});

afterAll(async () => {
  for (const child of started) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const children = childrenOf(child.pid!);
    child.kill("SIGKILL");
    for (const pid of children) if (isAlive(pid)) process.kill(pid, "SIGKILL");
  }
  await executor.close();
});

describe("API_PROCESSES=2", () => {
  it("serves from two processes, replaces one that dies, and ends them all on SIGTERM", async () => {
    const [port] = (await freePorts(1)) as [number];
    const { child, stderr } = serve(port);
    await until(
      () => stderr().includes("GraphQL API and playground at") || child.exitCode !== null,
      "it serves",
    );
    expect(child.exitCode, stderr()).toBeNull();
    const primary = child.pid!;
    const first = childrenOf(primary);
    expect(first).toHaveLength(2);
    expect(first.every((pid) => listening(stderr(), pid))).toBe(true);
    expect(await documents(port)).toBe(0);

    process.kill(first[0]!, "SIGKILL");
    await until(() => {
      const now = childrenOf(primary);
      return now.length === 2 && !now.includes(first[0]!) && now.every((pid) => listening(stderr(), pid));
    }, "the killed process is replaced and the new one listens");
    expect(stderr()).toContain("an API process ended; starting another");
    const replaced = childrenOf(primary);
    expect(replaced).toContain(first[1]);
    for (let i = 0; i < 10; i++) expect(await documents(port)).toBe(0);

    const exited = once(child, "exit");
    child.kill("SIGTERM");
    const [code] = await exited;
    expect(code).toBe(0);
    expect(replaced.filter(isAlive)).toEqual([]);
  }, 120_000);

  it("stops with a message naming the port when something else listens there", async () => {
    const [port] = (await freePorts(1)) as [number];
    const squatter = createServer().listen(port, "127.0.0.1");
    await once(squatter, "listening");
    try {
      const { child, stderr } = serve(port);
      const [code] = await once(child, "exit");
      expect(code).toBe(1);
      expect(stderr()).toContain(`Cannot listen on 127.0.0.1:${port} (EADDRINUSE)`);
      expect(stderr()).toContain("An API process ended (exit code 1) before it listened on the port");
    } finally {
      squatter.close();
    }
  }, 120_000);
});
