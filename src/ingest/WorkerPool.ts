import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { AppError, type ErrorCode } from "../domain/AppError.ts";

/** An exported async function of a module, called in a worker thread with structured-clonable arguments. */
export interface WorkerTask {
  /** `file:` URL of the TypeScript (or JavaScript) module, e.g. `new URL("./x.ts", import.meta.url)`. */
  module: URL;
  /** Name of the exported function to call. */
  exportName: string;
}

interface Job {
  args: unknown[];
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** What a worker posts back for one job. */
type Reply =
  | { ok: true; value: unknown }
  | { ok: false; error: { name: string; message: string; code?: string; retriable?: boolean } };

/**
 * The code each worker runs: registers tsx (so TypeScript modules load with no build step, as on the main
 * thread), imports the task's module and answers one message per job with the function's result or error.
 */
function bootstrap(task: WorkerTask): URL {
  const tsxApi = import.meta.resolve("tsx/esm/api");
  const source = `
import { parentPort } from "node:worker_threads";
const { register } = await import(${JSON.stringify(tsxApi)});
register();
const fn = (await import(${JSON.stringify(task.module.href)}))[${JSON.stringify(task.exportName)}];
parentPort.on("message", async (args) => {
  try {
    parentPort.postMessage({ ok: true, value: await fn(...args) });
  } catch (error) {
    const { name = "Error", message = String(error), code, retriable } = error ?? {};
    parentPort.postMessage({ ok: false, error: { name, message, code, retriable } });
  }
});
`;
  return new URL(`data:text/javascript,${encodeURIComponent(source)}`);
}

/**
 * A fixed number of worker threads running one task: `run(...args)` queues a call and resolves with the
 * function's result in whichever worker is free first, so CPU-bound work (PDF parsing) uses several cores.
 * An error thrown by the function rejects that call only: an `AppError` comes back as an `AppError` with
 * its code, anything else as an `Error` with its message. A worker that dies fails its call and is
 * replaced. Call `close()` when done, or the workers keep the process alive.
 *
 * @example
 * const pool = new WorkerPool({ module: new URL("../extract/extractDocument.ts", import.meta.url),
 *   exportName: "extractDocument" }, 2);
 * const { record } = await pool.run({ source, bytes });
 * await pool.close();
 */
export class WorkerPool<Args extends unknown[], Result> {
  readonly size: number;
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly script: URL;
  private closed = false;
  /** Workers that died since a call last succeeded: a task that cannot even load must not respawn forever. */
  private failures = 0;

  /** `size` defaults to the machine's available parallelism. */
  constructor(task: WorkerTask, size: number = availableParallelism()) {
    this.size = Math.max(1, Math.floor(size));
    this.script = bootstrap(task);
    for (let i = 0; i < this.size; i++) this.idle.push(this.spawn());
  }

  /** Calls the task's function with `args` in a worker; resolves with what it returns. */
  run(...args: Args): Promise<Result> {
    if (this.closed) return Promise.reject(new Error("WorkerPool is closed"));
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ args, resolve: resolve as (value: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; calls still queued or running are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error("WorkerPool closed"));
    const workers = [...this.idle.splice(0), ...this.busy.keys()];
    for (const [, job] of this.busy) job.reject(new Error("WorkerPool closed"));
    this.busy.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      const job = this.queue.shift() as Job;
      this.busy.set(worker, job);
      worker.postMessage(job.args);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(this.script);
    worker.on("message", (reply: Reply) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      if (!this.closed) this.idle.push(worker);
      this.failures = 0;
      if (job) {
        if (reply.ok) job.resolve(reply.value);
        else job.reject(toError(reply.error));
      }
      this.dispatch();
    });
    worker.on("error", (error) => this.replace(worker, error));
    worker.on("exit", (code) => {
      if (!this.closed) this.replace(worker, new Error(`worker exited with code ${code}`));
    });
    return worker;
  }

  /** Fails the dead worker's call, if any, and puts a fresh worker in its place. */
  private replace(worker: Worker, error: Error): void {
    if (this.closed) return;
    const job = this.busy.get(worker);
    this.busy.delete(worker);
    const index = this.idle.indexOf(worker);
    if (index >= 0) this.idle.splice(index, 1);
    if (!job && index < 0) return; // already replaced (an 'error' is followed by an 'exit')
    job?.reject(error);
    worker.removeAllListeners();
    void worker.terminate();
    this.failures += 1;
    if (this.failures > this.size * 3) {
      for (const queued of this.queue.splice(0)) queued.reject(error);
      void this.close();
      return;
    }
    this.idle.push(this.spawn());
    this.dispatch();
  }
}

function toError(error: { name: string; message: string; code?: string; retriable?: boolean }): Error {
  if (error.name === "AppError" && error.code) {
    return new AppError(error.code as ErrorCode, error.message, { retriable: error.retriable ?? false });
  }
  const result = new Error(error.message);
  result.name = error.name;
  return result;
}
