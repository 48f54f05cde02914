import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Latency percentiles of a series of samples, in milliseconds. */
export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

/**
 * The p50, p95 and p99 of samples (nearest-rank: the smallest sample with at least that share of the
 * samples at or below it), their mean and maximum. Throws on an empty series.
 */
export function percentiles(samples: readonly number[]): Percentiles {
  if (samples.length === 0) throw new Error("percentiles of no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] as number;
  return {
    n: sorted.length,
    p50: rank(0.5),
    p95: rank(0.95),
    p99: rank(0.99),
    mean: sorted.reduce((sum, x) => sum + x, 0) / sorted.length,
    max: sorted.at(-1) as number,
  };
}

/** Runs `work` and returns how long it took in milliseconds, with its result. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** What a phase run in its own process reports: its result, its wall time and its peak memory. */
export interface ChildMeasurement<T> {
  result: T;
  /** Wall time of the measured work, as the child timed it (start-up of Node and tsx excluded). */
  wallMs: number;
  /** Peak resident set size of the whole child process (all its threads), in bytes. */
  peakRssBytes: number;
  /** CPU time (user + system, all threads) the child spent on the measured work, in milliseconds. */
  cpuMs: number;
}

const RUN_JS = fileURLToPath(new URL("../bin/run.js", import.meta.url));
const RESULT_PREFIX = "BENCH_RESULT ";

/**
 * Runs a bench entry point (a `.ts` file that calls `reportFromChild`) in a fresh Node process, so that
 * its peak memory is its own and phases cannot warm or pollute each other. Its stderr passes through, or
 * with `quiet` is kept back and shown only if it fails. Rejects if the child fails or reports nothing.
 */
export function measureInChild<T>(
  entry: URL,
  args: string[],
  options: { quiet?: boolean } = {},
): Promise<ChildMeasurement<T>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [RUN_JS, fileURLToPath(entry), ...args], {
      stdio: ["ignore", "pipe", options.quiet ? "pipe" : "inherit"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.once("error", reject);
    child.once("close", (code) => {
      const line = stdout.split("\n").find((l) => l.startsWith(RESULT_PREFIX));
      if (code !== 0 || !line) {
        reject(new Error(`${fileURLToPath(entry)} ${args.join(" ")} exited with code ${code}\n${stderr}`));
        return;
      }
      resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as ChildMeasurement<T>);
    });
  });
}

/**
 * In a child started by `measureInChild`: times `work` and reports its result, wall time, the process's
 * peak RSS (`process.resourceUsage().maxRSS`, which counts worker threads too) and the CPU time the work
 * took (this process's, plus that of the process `alsoCountPid` over the same span, e.g. the Neo4j server).
 */
export async function reportFromChild<T>(work: () => Promise<T>, alsoCountPid?: number): Promise<void> {
  const otherBefore = alsoCountPid ? processCpuMs(alsoCountPid) : null;
  const before = process.resourceUsage();
  const { ms, value } = await timed(work);
  const after = process.resourceUsage();
  const otherAfter = alsoCountPid ? processCpuMs(alsoCountPid) : null;
  const other = otherBefore !== null && otherAfter !== null ? otherAfter - otherBefore : 0;
  const measurement: ChildMeasurement<T> = {
    result: value,
    wallMs: ms,
    peakRssBytes: after.maxRSS * 1024,
    cpuMs:
      (after.userCPUTime + after.systemCPUTime - before.userCPUTime - before.systemCPUTime) / 1000 + other,
  };
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(measurement)}\n`);
}

/** `1234.5` → `"1,235 ms"` below 10 s, `"12.3 s"` above. */
export function formatDuration(ms: number): string {
  return ms < 10_000 ? `${Math.round(ms).toLocaleString("en-GB")} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Bytes as MiB, rounded. */
export function formatMiB(bytes: number): string {
  return `${Math.round(bytes / 1048576).toLocaleString("en-GB")} MiB`;
}

/** A latency in milliseconds with a precision that suits it. */
export function formatMs(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : Math.round(ms).toString();
}

/** `a / b` as `1.23×`; `–` when either is missing. */
export function formatRatio(a: number | null | undefined, b: number | null | undefined): string {
  return a == null || b == null || b === 0 ? "–" : `${(a / b).toFixed(2)}×`;
}

/**
 * CPU time (user + system) another process has used so far, in milliseconds, from `/proc/<pid>/stat`
 * (Linux; clock ticks of 10 ms); null where that cannot be read.
 */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // Fields 14 and 15 of stat (utime, stime) are the 12th and 13th after the command name.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
