import autocannon from "autocannon";
import type { BenchQuery } from "./benchQueries.ts";

/** What one load run gave. */
export interface LoadRow {
  connections: number;
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  latencyMax: number;
  non2xx: number;
  /** Connection errors and timeouts (autocannon's `errors`, timeouts included). */
  errors: number;
  timeouts: number;
  /** 200 responses that carried GraphQL errors. */
  graphqlErrors: number;
}

/** Request timeout, seconds: a request slower than this counts as an error. */
const TIMEOUT_SECONDS = 10;

/**
 * The request mix: the first `perQuery` requests of each compared query, interleaved, each connection
 * cycling through them.
 */
export function mix(
  queries: BenchQuery[],
  perQuery: number,
  onBody: (body: string) => void,
): autocannon.Request[] {
  const requests: autocannon.Request[] = [];
  for (let i = 0; i < perQuery; i++) {
    for (const query of queries) {
      const c = query.cases[i % query.cases.length];
      if (!c) continue;
      requests.push({
        method: "POST",
        body: JSON.stringify({ query: c.ours.query, variables: c.ours.variables }),
        onResponse: (_status, body) => onBody(body),
      });
    }
  }
  return requests;
}

/**
 * autocannon against our API at `url`: for each connection count, `durationSeconds` of the mixed use-case
 * and exploration queries. Returns throughput, latency, and every kind of failure counted apart.
 */
export async function runLoadBench(options: {
  url: string;
  queries: BenchQuery[];
  connections: number[];
  durationSeconds: number;
  log: (message: string) => void;
}): Promise<LoadRow[]> {
  const rows: LoadRow[] = [];
  for (const connections of options.connections) {
    let graphqlErrors = 0;
    const requests = mix(options.queries, 10, (body) => {
      if (body.startsWith('{"errors"') || body.includes('"errors":[')) graphqlErrors += 1;
    });
    options.log(`load: ${connections} connections for ${options.durationSeconds} s`);
    const result = await autocannon({
      url: options.url,
      method: "POST",
      headers: { "content-type": "application/json" },
      connections,
      duration: options.durationSeconds,
      timeout: TIMEOUT_SECONDS,
      requests,
    });
    rows.push({
      connections,
      durationSeconds: options.durationSeconds,
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      latencyP50: result.latency.p50,
      latencyP99: result.latency.p99,
      latencyMax: result.latency.max,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      graphqlErrors,
    });
  }
  return rows;
}
