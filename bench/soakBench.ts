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
  rssMiB: number;
}

/** What a soak run gave: every window, and memory before, after the first window and at the end. */
export interface SoakResult {
  connections: number;
  minutes: number;
  windows: SoakWindow[];
  rssBeforeMiB: number;
  /** Memory once warm (after the first window): the reference for growth. */
  rssWarmMiB: number;
  rssEndMiB: number;
  /** (end - warm) / warm, in percent: flat is within a few percent. */
  growthPercent: number;
  errors: number;
}

/**
 * Resident memory of a process and its children (the service's API processes) in MiB, from /proc (Linux);
 * NaN elsewhere.
 */
async function rssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kib = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
  if (!kib) return Number.NaN;
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, "utf8").catch(() => "");
  let total = Number(kib) / 1024;
  for (const child of children.split(" ").filter(Boolean)) total += (await rssMiB(Number(child))) || 0;
  return total;
}

/**
 * The soak: the mixed load at `connections` connections for `minutes`, in windows of `windowSeconds`,
 * sampling the server's resident memory (process `pid`) before and after each. A leak shows as memory
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
  const rssBeforeMiB = await rssMiB(options.pid);
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
      rssMiB: await rssMiB(options.pid),
    };
    windows.push(window);
    options.log(
      `soak: ${elapsed}/${total} s, ${window.requests} requests, ${window.errors} errors, RSS ${window.rssMiB.toFixed(0)} MiB`,
    );
  }
  const rssWarmMiB = windows[0]?.rssMiB ?? rssBeforeMiB;
  const rssEndMiB = windows.at(-1)?.rssMiB ?? rssBeforeMiB;
  return {
    connections: options.connections,
    minutes: total / 60,
    windows,
    rssBeforeMiB,
    rssWarmMiB,
    rssEndMiB,
    growthPercent: ((rssEndMiB - rssWarmMiB) / rssWarmMiB) * 100,
    errors: windows.reduce((sum, w) => sum + w.errors, 0),
  };
}

/** The soak's report section: a line of totals and one row per window. */
export function soakReport(result: SoakResult): string {
  const rows = result.windows.map(
    (w) =>
      `| ${w.endSeconds} s | ${w.requests} | ${w.requestsPerSecond.toFixed(1)} | ${w.latencyP99} | ${w.errors} | ${w.rssMiB.toFixed(0)} |`,
  );
  return [
    `${result.connections} connections for ${result.minutes.toFixed(1)} min: ${result.errors} errors; ` +
      `server RSS ${result.rssBeforeMiB.toFixed(0)} MiB before, ${result.rssWarmMiB.toFixed(0)} MiB after the first window, ` +
      `${result.rssEndMiB.toFixed(0)} MiB at the end (${result.growthPercent >= 0 ? "+" : ""}${result.growthPercent.toFixed(1)}% since warm).`,
    "",
    "| at | requests | req/s | p99 ms | errors | RSS MiB |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}
