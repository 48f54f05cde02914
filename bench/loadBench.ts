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

/** One autocannon run of the mix against `url`, with the 200 responses that carried GraphQL errors. */
async function hammer(
  url: string,
  queries: BenchQuery[],
  connections: number,
  durationSeconds: number,
): Promise<{ result: autocannon.Result; graphqlErrors: number }> {
  let graphqlErrors = 0;
  const requests = mix(queries, 10, (body) => {
    if (body.startsWith('{"errors"') || body.includes('"errors":[')) graphqlErrors += 1;
  });
  const result = await autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json" },
    connections,
    duration: durationSeconds,
    timeout: TIMEOUT_SECONDS,
    requests,
  });
  return { result, graphqlErrors };
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
    options.log(`load: ${connections} connections for ${options.durationSeconds} s`);
    const { result, graphqlErrors } = await hammer(
      options.url,
      options.queries,
      connections,
      options.durationSeconds,
    );
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

/** Two servers under the same mix, round by round. */
export interface LoadComparison {
  connections: number;
  secondsPerRound: number;
  /** Requests per second in each measured round. */
  ours: number[];
  baseline: number[];
  /** Non-2xx responses, errors and GraphQL errors over the measured rounds. */
  failures: { ours: number; baseline: number };
}

/**
 * Our API against a baseline server (the service before issue 12) on the same graph and mix: after an
 * unmeasured warm-up round of each, `rounds` rounds of `secondsPerRound` each, the order alternating, so
 * that drift in the machine's speed touches both alike.
 */
export async function compareLoad(options: {
  oursUrl: string;
  baselineUrl: string;
  queries: BenchQuery[];
  connections: number;
  rounds: number;
  secondsPerRound: number;
  log: (message: string) => void;
}): Promise<LoadComparison> {
  const comparison: LoadComparison = {
    connections: options.connections,
    secondsPerRound: options.secondsPerRound,
    ours: [],
    baseline: [],
    failures: { ours: 0, baseline: 0 },
  };
  const servers = [
    { key: "ours", url: options.oursUrl },
    { key: "baseline", url: options.baselineUrl },
  ] as const;
  options.log(
    `load: ours and the baseline at ${options.connections} connections, ${options.rounds} alternated rounds of ${options.secondsPerRound} s after a warm-up round`,
  );
  for (let round = -1; round < options.rounds; round++) {
    for (const server of round % 2 === 0 ? servers : [...servers].reverse()) {
      const { result, graphqlErrors } = await hammer(
        server.url,
        options.queries,
        options.connections,
        options.secondsPerRound,
      );
      if (round < 0) continue;
      comparison[server.key].push(result.requests.average);
      comparison.failures[server.key] += result.non2xx + result.errors + graphqlErrors;
    }
  }
  return comparison;
}
