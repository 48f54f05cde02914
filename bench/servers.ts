import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { postJson } from "./postJson.ts";

/** A GraphQL server the bench started in a child process. */
export interface RunningServer {
  name: string;
  url: string;
  pid: number;
  /** SIGTERM, then waits for the process to exit (SIGKILL after 20 s). */
  stop(): Promise<void>;
}

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** POSTs a GraphQL request; returns the parsed body (throws on a network error). */
export async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ status: number; body: { data?: unknown; errors?: Array<{ message: string }> } }> {
  const { status, text } = await postJson(url, JSON.stringify({ query, variables }));
  return { status, body: JSON.parse(text) as { data?: unknown } };
}

async function waitUntilAnswering(child: ChildProcess, url: string, probe: string, name: string) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited with code ${child.exitCode} before answering`);
    try {
      const { status } = await postGraphQL(url, probe);
      if (status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${name} did not answer at ${url} within 120 s`);
    await sleep(300);
  }
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    await exited;
    clearTimeout(timer);
  };
}

/**
 * Our service as it is deployed: `ofsted-graph serve` on the bench Neo4j (NEO4J_URI) and `port`, in a
 * process of its own. Resolves once it answers a query.
 */
export function startOurServer(uri: string, port: number): Promise<RunningServer> {
  return startServeCommand({ name: "ours", root: ROOT, uri, port });
}

/**
 * `ofsted-graph serve` of the project unpacked at `root` (this one, or an earlier commit's: see
 * baselineServer.ts), on the bench Neo4j and `port`. Resolves once it answers a query.
 */
export async function startServeCommand(options: {
  name: string;
  root: string;
  uri: string;
  port: number;
}): Promise<RunningServer> {
  const child = spawn(process.execPath, [join(options.root, "bin/ofsted-graph.js"), "serve"], {
    cwd: options.root,
    env: {
      ...process.env,
      NEO4J_URI: options.uri,
      PORT: String(options.port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${options.port}/graphql`;
  await waitUntilAnswering(child, url, "{ __typename }", `the API of ${options.root}`);
  return { name: options.name, url, pid: child.pid as number, stop: stopper(child) };
}

/** The @neo4j/graphql peer (peerServer.ts) on the bench Neo4j and `port`. Resolves once it answers. */
export async function startPeerServer(uri: string, port: number): Promise<RunningServer> {
  const child = spawn(
    process.execPath,
    [`${ROOT}bin/run.js`, fileURLToPath(new URL("./peerServer.ts", import.meta.url)), uri, String(port)],
    // Production mode, as `ofsted-graph serve` runs (bin/ofsted-graph.js sets it).
    { cwd: ROOT, env: { ...process.env, NODE_ENV: "production" }, stdio: ["ignore", "ignore", "inherit"] },
  );
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitUntilAnswering(child, url, "{ themes(limit: 1) { id } }", "@neo4j/graphql peer");
  return { name: "peer", url, pid: child.pid as number, stop: stopper(child) };
}
