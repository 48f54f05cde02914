import { type Browser, chromium } from "playwright-core";
import { z } from "zod";
import type { Executor } from "../src/db/Executor.ts";
import { type Percentiles, percentiles } from "./measure.ts";
import { CHROMIUM, CHROMIUM_ARGS, hasChromium, keepToOrigin } from "../tests/helpers/offlineBrowser.ts";

/** The issue's target: an authority page fully shown within a second. */
export const PAGE_TARGET_MS = 1000;

/** One page the bench loads, and what it is. */
export interface ExplorerPage {
  kind: string;
  path: string;
  /** What makes it heavy (visits, recommendations, ...), for the report. */
  note: string;
}

/** The timings of one page over its loads. */
export interface ExplorerRow extends ExplorerPage {
  /** From navigation to the page's content fully shown (every section loaded, badges included). */
  shown: Percentiles;
  /** The untimed warm-up load, the page's first since the server started (nothing remembered yet). */
  firstLoadMs: number;
  /** From navigation to the first heading of the page's own content. */
  firstContent: Percentiles;
  /** GraphQL requests the page made on one load, and the longest of them (ms, server and network). */
  requests: number;
  slowestRequestMs: number;
  /** Loads that did not finish (an error shown, or not shown within the time allowed), with the first reason. */
  failures: number;
  firstFailure: string | null;
}

const Picks = z.object({
  authorities: z.array(
    z.object({ id: z.string(), visits: z.number(), recommendations: z.number(), traced: z.number() }),
  ),
  recommendations: z.array(z.object({ id: z.string(), laterVisits: z.number() })),
  theme: z.string().nullable(),
  serviceKind: z.string().nullable(),
  document: z.string().nullable(),
  visit: z.object({ id: z.string(), findings: z.number() }).nullable(),
});

const encode = encodeURIComponent;

/**
 * The pages to load, the heaviest of each kind in the graph (`cypher/bench/pick-explorer-pages.cypher`):
 * home; the `authorities` authorities whose pages trace the most (recommendation, later visit) pairs; their
 * graph page; the recommendation with the most later visits; the commonest theme and service kind; the
 * ingested document with the most findings; the visit with the most findings.
 */
export async function pickExplorerPages(executor: Executor, authorities: number): Promise<ExplorerPage[]> {
  const [picks] = await executor.read(
    "bench/pick-explorer-pages",
    { authorities, recommendations: 1 },
    Picks,
  );
  if (!picks) throw new Error("the bench graph has nothing to show");
  const pages: ExplorerPage[] = [{ kind: "home", path: "/", note: "counts, every authority's latest grade" }];
  for (const a of picks.authorities) {
    pages.push({
      kind: "authority",
      path: `/authority/${encode(a.id)}`,
      note: `${a.id}: ${a.visits} visits, ${a.recommendations} recommendations, ${a.traced} traced (recommendation, later visit) pairs`,
    });
  }
  for (const r of picks.recommendations) {
    pages.push({
      kind: "recommendation",
      path: `/recommendation/${encode(r.id)}`,
      note: `${r.laterVisits} later visits`,
    });
  }
  if (picks.theme) pages.push({ kind: "theme", path: `/theme/${encode(picks.theme)}`, note: picks.theme });
  if (picks.serviceKind)
    pages.push({
      kind: "service-kind",
      path: `/service-kind/${encode(picks.serviceKind)}`,
      note: picks.serviceKind,
    });
  if (picks.document)
    pages.push({
      kind: "document",
      path: `/document/${encode(picks.document)}`,
      note: "the ingested document with the most findings",
    });
  if (picks.visit)
    pages.push({
      kind: "visit",
      path: `/visit/${encode(picks.visit.id)}`,
      note: `${picks.visit.findings} findings`,
    });
  const top = picks.authorities[0];
  if (top)
    pages.push({
      kind: "graph",
      path: `/graph/${encode(`authority:${top.id}`)}`,
      note: `authority:${top.id}`,
    });
  return pages;
}

/**
 * Evaluated in the page: the milliseconds since navigation when its content is fully shown (its own
 * heading is there, no loading line is left, and on a graph page the graph is drawn), the reason when it
 * shows an error, or false while it is still loading. (A string, since it runs in the browser, not here.)
 */
const SHOWN = `(() => {
  const main = document.querySelector("main");
  if (!main || !main.querySelector("h1")) return false;
  const error = main.querySelector(".govuk-error-summary, .govuk-error-message");
  if (error) return "error shown: " + (error.textContent || "").trim().slice(0, 200);
  if (main.querySelector(".explorer-loading")) return false;
  if (main.querySelector("#graph") && !(window.explorerGraph && window.explorerGraph.nodes().length > 0)) return false;
  return performance.now();
})()`;

/** Evaluated in the page: the milliseconds since navigation once the page's own heading is shown. */
const FIRST_HEADING = `document.querySelector("main h1") ? performance.now() : false`;

/** Loads one page in a fresh context (an empty cache, as a first visit) and times it. */
async function loadOnce(browser: Browser, origin: string, path: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const offOrigin = await keepToOrigin(context, origin);
  const page = await context.newPage();
  const requests: number[] = [];
  const started = new Map<unknown, number>();
  page.on("request", (request) => {
    if (request.url().endsWith("/graphql")) started.set(request, performance.now());
  });
  page.on("requestfinished", (request) => {
    const start = started.get(request);
    if (start !== undefined) requests.push(performance.now() - start);
  });
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  try {
    await page.goto(`${origin}${path}`, { waitUntil: "commit" });
    const firstContent = (await (
      await page.waitForFunction(FIRST_HEADING, undefined, { polling: "raf", timeout: 30_000 })
    ).jsonValue()) as number;
    const outcome = (await (
      await page.waitForFunction(SHOWN, undefined, { polling: "raf", timeout: 30_000 })
    ).jsonValue()) as number | string;
    if (typeof outcome === "string") throw new Error(outcome);
    if (pageErrors.length > 0) throw new Error(`page error: ${pageErrors[0]}`);
    if (offOrigin.length > 0) throw new Error(`request off the service's origin: ${offOrigin[0]}`);
    return { shownMs: outcome, firstContentMs: firstContent, requests };
  } finally {
    await context.close();
  }
}

/**
 * Loads each page `loads` times (after `warmup` untimed loads of every page, so the server's caches and
 * Neo4j's page cache are warm) in headless Chromium, each load in a fresh browser context, pages in turn,
 * and reports the time to the content fully shown and to the first heading, with p50/p95.
 */
export async function runExplorerBench(options: {
  origin: string;
  pages: ExplorerPage[];
  loads: number;
  warmup: number;
  log: (message: string) => void;
}): Promise<ExplorerRow[]> {
  if (!hasChromium) throw new Error(`no ${CHROMIUM}: apt-get install -y chromium`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  try {
    // The first load of each page, just after the server started: nothing traced or remembered yet.
    const first = new Map<string, number>();
    for (let i = 0; i < options.warmup; i++) {
      for (const page of options.pages) {
        const load = await loadOnce(browser, options.origin, page.path).catch(() => null);
        if (i === 0 && load) first.set(page.path, load.shownMs);
      }
    }
    const samples = options.pages.map(() => ({
      shown: [] as number[],
      first: [] as number[],
      requests: 0,
      slowest: 0,
      failures: 0,
      firstFailure: null as string | null,
    }));
    for (let i = 0; i < options.loads; i++) {
      for (const [index, page] of options.pages.entries()) {
        const sample = samples[index]!;
        try {
          const load = await loadOnce(browser, options.origin, page.path);
          sample.shown.push(load.shownMs);
          sample.first.push(load.firstContentMs);
          sample.requests = load.requests.length;
          sample.slowest = Math.max(sample.slowest, ...load.requests);
        } catch (error) {
          sample.failures += 1;
          sample.firstFailure ??= (error as Error).message;
        }
      }
      options.log(`explorer: ${i + 1}/${options.loads} loads of ${options.pages.length} pages`);
    }
    return options.pages.map((page, index) => {
      const sample = samples[index]!;
      const none = percentiles([Number.NaN]);
      return {
        ...page,
        firstLoadMs: first.get(page.path) ?? Number.NaN,
        shown: sample.shown.length > 0 ? percentiles(sample.shown) : none,
        firstContent: sample.first.length > 0 ? percentiles(sample.first) : none,
        requests: sample.requests,
        slowestRequestMs: sample.slowest,
        failures: sample.failures,
        firstFailure: sample.firstFailure,
      };
    });
  } finally {
    await browser.close();
  }
}

const ms = (value: number) =>
  Number.isNaN(value) ? "–" : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;

/** The report's table: one row per page, the 1 s target checked on p95 for authority pages. */
export function explorerTable(rows: ExplorerRow[]): string {
  const lines = [
    "| page | path | what makes it heavy | first load after start | shown p50 / p95 / max | first heading p50 | GraphQL requests (slowest) | within 1 s at p95? | failed loads |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const row of rows) {
    const met = row.failures === 0 && row.shown.p95 < PAGE_TARGET_MS ? "yes" : "NO";
    lines.push(
      `| ${row.kind} | \`${row.path.length > 60 ? `${row.path.slice(0, 57)}...` : row.path}\` | ${row.note} | ` +
        `${ms(row.firstLoadMs)} | ${ms(row.shown.p50)} / ${ms(row.shown.p95)} / ${ms(row.shown.max)} | ${ms(row.firstContent.p50)} | ` +
        `${row.requests} (${ms(row.slowestRequestMs)}) | ${met} | ${row.failures}${row.firstFailure ? `: ${row.firstFailure}` : ""} |`,
    );
  }
  return lines.join("\n");
}

/** Whether every authority page was fully shown within the target at p95, with the figures. */
export function explorerTarget(rows: ExplorerRow[]): { met: boolean; figures: string } {
  const authorities = rows.filter((r) => r.kind === "authority");
  const met =
    authorities.length > 0 && authorities.every((r) => r.failures === 0 && r.shown.p95 < PAGE_TARGET_MS);
  return {
    met,
    figures: authorities.map((r) => `${r.path}: p95 ${ms(r.shown.p95)}`).join("; "),
  };
}
