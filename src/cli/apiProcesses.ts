import cluster, { type Worker } from "node:cluster";
import { once } from "node:events";
import { AppError } from "../domain/AppError.ts";
import type { Logger } from "../log/createLogger.ts";

/** Set in the environment of the processes `forkApiProcesses` starts: they serve the API and nothing else. */
export const API_PROCESS_ENV = "OFSTED_GRAPH_API_PROCESS";

/** Whether this process is one of the API processes a primary started. */
export const isApiProcess = (): boolean => cluster.isWorker && process.env[API_PROCESS_ENV] === "1";

/** The API processes a primary forked. */
export interface ApiProcesses {
  /** Rejects when none is left: each one that died was replaced, and every replacement failed. */
  readonly lost: Promise<never>;
  /** Ends them and waits until every one has exited. */
  stop(): Promise<void>;
}

/** How long a process may take to finish its requests in flight at `stop()` before it is killed. */
const STOP_GRACE_MS = 30_000;
/** Wait before replacing a process that died, doubled for each that dies within a minute of the last. */
const RESTART_DELAY_MS = 1_000;
const MAX_RESTART_DELAY_MS = 30_000;

/**
 * Young-generation size of an API process, per semi-space in MiB. A request's answer and the driver's
 * records are short-lived; with V8's default of 16 MiB many survive a collection and are copied, then
 * promoted. Measured under the load bench's mix, alternated on one warm Neo4j: with two processes 141 → 158
 * requests per second and the API's CPU per request 8.6 → 7.4 ms; with one, 126 → 148 and 8.4 → 6.9 ms,
 * where 64 MiB did no better (`bench/RESULTS.md`).
 */
export const API_SEMI_SPACE_MB = 32;

/**
 * The Node flags an API process starts with: the command's own, and the young-generation size unless the
 * user chose one (on the command line or in NODE_OPTIONS, which the command line would override).
 */
export function apiProcessExecArgv(execArgv: readonly string[], nodeOptions = ""): string[] {
  const chosen = [...execArgv, ...nodeOptions.split(/\s+/)].some((flag) =>
    /^--max[-_]semi[-_]space[-_]size\b/.test(flag),
  );
  return chosen ? [...execArgv] : [...execArgv, `--max-semi-space-size=${API_SEMI_SPACE_MB}`];
}

/**
 * Forks `count` copies of this command as cluster workers, each serving the API on the same port (each
 * accepting connections itself). `env` is added to theirs: where the graph is, so they connect
 * to the server the primary opened rather than start one. Resolves once all of them listen; rejects, after
 * stopping the others, if one exits first (its own error is on stderr). One that dies after it listened is
 * replaced, after a delay that grows while they keep dying.
 */
export async function forkApiProcesses(
  count: number,
  env: Record<string, string>,
  logger: Logger,
): Promise<ApiProcesses> {
  const workers = new Set<Worker>();
  let stopping = false;
  let restartDelay = RESTART_DELAY_MS;
  let lastDeath = 0;
  let markLost: (error: Error) => void = () => undefined;
  const lost = new Promise<never>((_, reject) => {
    markLost = reject;
  });
  lost.catch(() => undefined);

  const replace = (dead: Worker) => {
    const now = Date.now();
    restartDelay =
      now - lastDeath < 60_000 ? Math.min(restartDelay * 2, MAX_RESTART_DELAY_MS) : RESTART_DELAY_MS;
    lastDeath = now;
    logger.error({ pid: dead.process.pid, inMs: restartDelay }, "an API process ended; starting another");
    setTimeout(() => {
      if (stopping) return;
      fork().catch((error: unknown) => {
        logger.error({ err: error }, "a replacement API process did not start");
        if (workers.size === 0) markLost(new AppError("API_UNAVAILABLE", "No API process is left running."));
      });
    }, restartDelay).unref();
  };

  // The API processes accept connections themselves, the kernel choosing which, unless the user chose a
  // policy (NODE_CLUSTER_SCHED_POLICY). Node's default has this process accept each and hand it over, one
  // at a time per API process, waiting for that process's event loop: under load, a burst of new
  // connections waited 5-14 s for their first answer, past the bench's 10 s timeout, where the kernel's
  // choice answered every request within 4 s at the same throughput (bench/RESULTS.md).
  if (process.env.NODE_CLUSTER_SCHED_POLICY === undefined) cluster.schedulingPolicy = cluster.SCHED_NONE;
  cluster.setupPrimary({ execArgv: apiProcessExecArgv(process.execArgv, process.env.NODE_OPTIONS) });
  const fork = async (): Promise<Worker> => {
    const worker = cluster.fork({ ...env, [API_PROCESS_ENV]: "1" });
    workers.add(worker);
    let listened = false;
    worker.once("exit", () => {
      workers.delete(worker);
      // One that never listened failed to start (fork() rejects); one that was stopped is not replaced.
      if (listened && !stopping && !worker.exitedAfterDisconnect) replace(worker);
    });
    const exited = once(worker, "exit").then(([code]) => {
      throw new AppError(
        "API_UNAVAILABLE",
        `An API process ended (exit code ${code}) before it listened on the port: see its error above.`,
      );
    });
    await Promise.race([once(worker, "listening"), exited]);
    listened = true;
    exited.catch(() => undefined);
    return worker;
  };

  const stop = async () => {
    stopping = true;
    await stopAll(workers);
  };
  try {
    await Promise.all(Array.from({ length: count }, fork));
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    lost,
    stop,
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
