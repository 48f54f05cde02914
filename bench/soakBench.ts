import { readFile } from "node:fs/promises";
import autocannon from "autocannon";
import type { BenchQuery } from "./benchQueries.ts";
import { mix } from "./loadBench.ts";

/** One window of a soak run: its traffic, its failures, and the server's memory at its end. */
export interface SoakWindow {
  endSeconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyP99: number;
  /** non-2xx, connection errors, timeouts and 200s carrying GraphQL errors, together. */
  errors: number;
  memoryMiB: number;
}

/** What a soak run gave: every window, and memory before, after the first window and at the end. */
export interface SoakResult {
  connections: number;
  minutes: number;
  windows: SoakWindow[];
  memoryBeforeMiB: number;
  /** Memory once warm (after the first window): the reference for growth. */
  memoryWarmMiB: number;
  memoryEndMiB: number;
  /** (end - warm) / warm, in percent: flat is within a few percent. */
  growthPercent: number;
  errors: number;
}

/**
 * Memory of a process and its children (the service's API processes) in MiB: proportional set sizes from
 * /proc (Linux), so pages the processes share count once; NaN elsewhere.
 */
async function memoryMiB(pid: number): Promise<number> {
  const rollup = await readFile(`/proc/${pid}/smaps_rollup`, "utf8").catch(() => "");
  const kib = /^Pss:\s+(\d+) kB/m.exec(rollup)?.[1];
  if (!kib) return Number.NaN;
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, "utf8").catch(() => "");
  let total = Number(kib) / 1024;
  for (const child of children.split(" ").filter(Boolean)) total += (await memoryMiB(Number(child))) || 0;
  return total;
}

/**
 * The soak: the mixed load at `connections` connections for `minutes`, in windows of `windowSeconds`,
 * sampling the memory of the service (process `pid` and its API processes) before and after each. A leak shows as memory
 * growing window after window; a server that copes shows flat memory and no errors.
 */
export async function runSoakBench(options: {
  url: string;
  pid: number;
  queries: BenchQuery[];
  connections: number;
  minutes: number;
  windowSeconds?: number;
  log: (message: string) => void;
}): Promise<SoakResult> {
  const total = Math.max(1, Math.round(options.minutes * 60));
  const windowSeconds = Math.min(options.windowSeconds ?? 60, total);
  const memoryBeforeMiB = await memoryMiB(options.pid);
  const windows: SoakWindow[] = [];
  for (let elapsed = 0; elapsed < total;) {
    const duration = Math.min(windowSeconds, total - elapsed);
    let graphqlErrors = 0;
    const requests = mix(options.queries, 10, (body) => {
      if (body.startsWith('{"errors"') || body.includes('"errors":[')) graphqlErrors += 1;
    });
    const result = await autocannon({
      url: options.url,
      method: "POST",
      headers: { "content-type": "application/json" },
      connections: options.connections,
      duration,
      timeout: 10,
      requests,
    });
    elapsed += duration;
    const window: SoakWindow = {
      endSeconds: elapsed,
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      latencyP99: result.latency.p99,
      errors: result.non2xx + result.errors + graphqlErrors,
      memoryMiB: await memoryMiB(options.pid),
    };
    windows.push(window);
    options.log(
      `soak: ${elapsed}/${total} s, ${window.requests} requests, ${window.errors} errors, memory ${window.memoryMiB.toFixed(0)} MiB`,
    );
  }
  const memoryWarmMiB = windows[0]?.memoryMiB ?? memoryBeforeMiB;
  const memoryEndMiB = windows.at(-1)?.memoryMiB ?? memoryBeforeMiB;
  return {
    connections: options.connections,
    minutes: total / 60,
    windows,
    memoryBeforeMiB,
    memoryWarmMiB,
    memoryEndMiB,
    growthPercent: ((memoryEndMiB - memoryWarmMiB) / memoryWarmMiB) * 100,
    errors: windows.reduce((sum, w) => sum + w.errors, 0),
  };
}

/** The soak's report section: a line of totals and one row per window. */
export function soakReport(result: SoakResult): string {
  const rows = result.windows.map(
    (w) =>
      `| ${w.endSeconds} s | ${w.requests} | ${w.requestsPerSecond.toFixed(1)} | ${w.latencyP99} | ${w.errors} | ${w.memoryMiB.toFixed(0)} |`,
  );
  return [
    `${result.connections} connections for ${result.minutes.toFixed(1)} min: ${result.errors} errors; ` +
      `service memory (PSS) ${result.memoryBeforeMiB.toFixed(0)} MiB before, ${result.memoryWarmMiB.toFixed(0)} MiB after the first window, ` +
      `${result.memoryEndMiB.toFixed(0)} MiB at the end (${result.growthPercent >= 0 ? "+" : ""}${result.growthPercent.toFixed(1)}% since warm).`,
    "",
    "| at | requests | req/s | p99 ms | errors | service PSS MiB |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}
