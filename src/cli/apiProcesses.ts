import cluster, { type Worker } from "node:cluster";
import { once } from "node:events";
import type { Logger } from "../log/createLogger.ts";

/** The API processes a primary forked: `stop()` ends them and waits until every one has exited. */
export interface ApiProcesses {
  readonly pids: number[];
  stop(): Promise<void>;
}

/** How long a process may take to finish its requests in flight at `stop()` before it is killed. */
const STOP_GRACE_MS = 30_000;

/**
 * Forks `count` copies of this command as cluster workers, each serving the API on the same port (the
 * primary hands them connections in turn). `env` is added to theirs: where the graph is, so they connect
 * to the server the primary opened rather than start one. Resolves once all of them listen; rejects if
 * one exits first. A process that dies after it listened is replaced, so the port keeps its capacity.
 */
export async function forkApiProcesses(
  count: number,
  env: Record<string, string>,
  logger: Logger,
): Promise<ApiProcesses> {
  const workers = new Set<Worker>();
  let stopping = false;

  const fork = async (): Promise<Worker> => {
    const worker = cluster.fork(env);
    workers.add(worker);
    let listened = false;
    worker.once("exit", (code, signal) => {
      workers.delete(worker);
      // One that never listened failed to start: starting another would fail the same way.
      if (stopping || !listened) return;
      logger.error({ pid: worker.process.pid, code, signal }, "an API process ended; starting another");
      fork().catch((error: unknown) => logger.error({ err: error }, "an API process did not start"));
    });
    const exited = once(worker, "exit").then(([code]) => {
      throw new Error(`an API process exited with code ${code} before it listened`);
    });
    await Promise.race([once(worker, "listening"), exited]);
    listened = true;
    exited.catch(() => undefined);
    return worker;
  };

  try {
    await Promise.all(Array.from({ length: count }, fork));
  } catch (error) {
    stopping = true;
    await stopAll(workers);
    throw error;
  }
  return {
    get pids() {
      return [...workers].map((w) => w.process.pid as number);
    },
    async stop() {
      stopping = true;
      await stopAll(workers);
    },
  };
}

/** SIGTERM to each (they drain their requests), SIGKILL to any still running after the grace period. */
async function stopAll(workers: Set<Worker>): Promise<void> {
  await Promise.all(
    [...workers].map(async (worker) => {
      if (worker.process.exitCode !== null || worker.process.signalCode !== null) return;
      const exited = once(worker, "exit");
      worker.process.kill("SIGTERM");
      const timer = setTimeout(() => worker.process.kill("SIGKILL"), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    }),
  );
}
