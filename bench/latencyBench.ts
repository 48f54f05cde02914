import neo4j, { type Driver } from "neo4j-driver";
import type { CypherRegistry } from "../src/db/CypherRegistry.ts";
import { toParams } from "../src/db/toParams.ts";
import type { BenchQuery } from "./benchQueries.ts";
import { type Percentiles, percentiles } from "./measure.ts";
import { postJson } from "./postJson.ts";

/** Latency of one query through the three contenders. */
export interface LatencyRow {
  query: string;
  peerNote: string;
  ours: Percentiles;
  floor: Percentiles;
  peer: Percentiles | null;
  /** Requests that failed (HTTP status other than 200, or GraphQL errors), with the first message. */
  errors: { ours: number; floor: number; peer: number; first: string | null };
  /** Mean response size in bytes over HTTP. */
  bytes: { ours: number; peer: number | null };
}

type Contender = "ours" | "floor" | "peer";

/**
 * Every order of the three, taken in turn, so that each follows each other equally often: a slow request
 * slows the one after it (the peer's national one, 0.4 s, doubled the next request's p50), and merely
 * rotating one order put ours after the peer twice as often as the floor.
 */
const ORDERS = [
  ["ours", "floor", "peer"],
  ["ours", "peer", "floor"],
  ["floor", "ours", "peer"],
  ["floor", "peer", "ours"],
  ["peer", "ours", "floor"],
  ["peer", "floor", "ours"],
] as const satisfies ReadonlyArray<readonly Contender[]>;

/** One timed request: its duration, its size, and its error if it failed. */
interface Sample {
  ms: number;
  bytes: number;
  error: string | null;
}

async function overHttp(url: string, query: string, variables: Record<string, unknown>): Promise<Sample> {
  const body = JSON.stringify({ query, variables });
  const start = performance.now();
  const { status, text } = await postJson(url, body);
  const ms = performance.now() - start;
  let error: string | null = status === 200 ? null : `HTTP ${status}`;
  const parsed = JSON.parse(text) as { errors?: Array<{ message: string }> };
  if (parsed.errors?.length) error = parsed.errors[0]?.message ?? "GraphQL error";
  return { ms, bytes: Buffer.byteLength(text), error };
}

async function throughDriver(
  driver: Driver,
  statement: string,
  params: Record<string, unknown>,
): Promise<Sample> {
  const start = performance.now();
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const rows = await session.executeRead(async (tx) => {
      const result = await tx.run(statement, toParams(params) as Record<string, unknown>);
      return result.records.map((record) => record.toObject());
    });
    return { ms: performance.now() - start, bytes: rows.length, error: null };
  } catch (error) {
    return { ms: performance.now() - start, bytes: 0, error: (error as Error).message };
  } finally {
    await session.close();
  }
}

/** The fixed cost of a request through each server: HTTP and GraphQL with no database work. */
export interface Baseline {
  ours: Percentiles;
  peer: Percentiles | null;
}

/** `{ __typename }` through our API and the peer, alternately, after `warmup` untimed requests. */
export async function measureBaseline(
  oursUrl: string,
  peerUrl: string | null,
  count: number,
  warmup: number,
): Promise<Baseline> {
  const query = "{ __typename }";
  const ours: number[] = [];
  const peer: number[] = [];
  for (let i = 0; i < warmup + count; i++) {
    const a = await overHttp(oursUrl, query, {});
    const b = peerUrl ? await overHttp(peerUrl, query, {}) : null;
    if (i < warmup) continue;
    ours.push(a.ms);
    if (b) peer.push(b.ms);
  }
  return { ours: percentiles(ours), peer: peer.length ? percentiles(peer) : null };
}

/**
 * p50/p95/p99 of each query through our API over HTTP, the equivalent Cypher through the driver alone (the
 * floor) and the @neo4j/graphql peer over HTTP. After `warmup` untimed requests each, every request of the
 * series is sent to the three in turn (their orders taken by turns, see ORDERS), one at a time, so drift in
 * the machine's load touches all three alike; a peer far slower than ours runs apart (see below).
 */
export async function runLatencyBench(options: {
  queries: BenchQuery[];
  registry: CypherRegistry;
  uri: string;
  oursUrl: string;
  peerUrl: string | null;
  warmup: number;
  log: (message: string) => void;
}): Promise<LatencyRow[]> {
  const driver = neo4j.driver(options.uri, undefined, { disableLosslessIntegers: true });
  const rows: LatencyRow[] = [];
  try {
    for (const query of options.queries) {
      const run = (contender: Contender, i: number): Promise<Sample> | null => {
        const c = query.cases[i % query.cases.length];
        if (!c) return null;
        if (contender === "ours") return overHttp(options.oursUrl, c.ours.query, c.ours.variables);
        if (contender === "floor")
          return throughDriver(driver, options.registry.get(c.floor.statement), c.floor.params);
        if (!options.peerUrl || !c.peer || i >= (query.peerRequests ?? Infinity)) return null;
        return overHttp(options.peerUrl, c.peer.query, c.peer.variables);
      };
      options.log(
        `latency: ${query.name}: ${options.warmup} warm-up and ${query.cases.length} timed requests each` +
          (options.peerUrl && query.peerRequests
            ? ` (the peer ${Math.min(query.peerRequests, query.cases.length)})`
            : ""),
      );
      // A peer far slower than ours (it has `peerRequests`) runs its series apart, after the others': each of
      // its requests leaves work behind (garbage in Neo4j and in the peer, megabytes of answer) that slowed
      // whichever request came next.
      const apart = query.peerRequests !== undefined;
      const orders = apart ? ORDERS.map((order) => order.filter((c) => c !== "peer")) : ORDERS;
      const samples: Record<Contender, Sample[]> = { ours: [], floor: [], peer: [] };
      const series = async (list: ReadonlyArray<readonly Contender[]>) => {
        for (let i = 0; i < options.warmup; i++) for (const c of list[0] ?? []) await run(c, i);
        for (let i = 0; i < query.cases.length; i++) {
          for (const contender of list[i % list.length] ?? []) {
            const sample = await run(contender, i);
            if (sample) samples[contender].push(sample);
          }
        }
      };
      await series(orders);
      if (apart) await series([["peer"]]);
      const failed = (c: Contender) => samples[c].filter((s) => s.error !== null);
      const first = [...failed("ours"), ...failed("floor"), ...failed("peer")][0]?.error ?? null;
      const meanBytes = (list: Sample[]) => list.reduce((sum, s) => sum + s.bytes, 0) / (list.length || 1);
      rows.push({
        query: query.name,
        peerNote: query.peerNote,
        ours: percentiles(samples.ours.map((s) => s.ms)),
        floor: percentiles(samples.floor.map((s) => s.ms)),
        peer: samples.peer.length ? percentiles(samples.peer.map((s) => s.ms)) : null,
        errors: {
          ours: failed("ours").length,
          floor: failed("floor").length,
          peer: failed("peer").length,
          first,
        },
        bytes: { ours: meanBytes(samples.ours), peer: samples.peer.length ? meanBytes(samples.peer) : null },
      });
    }
  } finally {
    await driver.close();
  }
  return rows;
}
