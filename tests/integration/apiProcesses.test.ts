import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Executor } from "../../src/db/Executor.ts";
import { openTestDatabase } from "../helpers/testDatabase.ts";

// `ofsted-graph serve` with API_PROCESSES=2, as a deployment runs it: two processes answer on one port, one
// that dies is replaced, and SIGTERM to the command ends them all.

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const PORT = 20_000 + Math.floor(Math.random() * 10_000);
const URL_ = `http://127.0.0.1:${PORT}/graphql`;

let executor: Executor;
let child: ChildProcess;

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

async function documents(): Promise<number> {
  const response = await fetch(URL_, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ stats { documents } }" }),
  });
  const body = (await response.json()) as { data: { stats: { documents: number } } };
  return body.data.stats.documents;
}

beforeAll(async () => {
  executor = await openTestDatabase();
  const neo4j = inject("neo4j");
  child = spawn(process.execPath, [`${REPO}bin/ofsted-graph.js`, "serve"], {
    cwd: REPO,
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      PORT: String(PORT),
      HOST: "127.0.0.1",
      API_PROCESSES: "2",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.setEncoding("utf8");
  child.stderr!.on("data", (chunk: string) => (stderr += chunk));
  await until(() => stderr.includes("GraphQL API and playground at") || child.exitCode !== null, "it serves");
  expect(child.exitCode, stderr).toBeNull();
}, 120_000);

afterAll(async () => {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill("SIGKILL");
    for (const pid of childrenOf(child.pid!)) process.kill(pid, "SIGKILL");
  }
  await executor.close();
});

describe("API_PROCESSES=2", () => {
  it("serves from two processes, replaces one that dies, and ends them all on SIGTERM", async () => {
    const primary = child.pid!;
    const first = childrenOf(primary);
    expect(first).toHaveLength(2);
    expect(await documents()).toBe(0);

    process.kill(first[0]!, "SIGKILL");
    await until(() => {
      const now = childrenOf(primary);
      return now.length === 2 && !now.includes(first[0]!);
    }, "the killed process is replaced");
    const replaced = childrenOf(primary);
    expect(replaced).toContain(first[1]);
    // Every connection goes to one of the two, the new one included: ask enough times to reach both.
    for (let i = 0; i < 10; i++) expect(await documents()).toBe(0);

    const exited = once(child, "exit");
    child.kill("SIGTERM");
    const [code] = await exited;
    expect(code).toBe(0);
    expect(replaced.filter(isAlive)).toEqual([]);
  }, 120_000);
});
