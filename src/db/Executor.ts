import neo4j, {
  type BookmarkManager,
  type Driver,
  type ManagedTransaction,
  Neo4jError,
  type QueryResult,
} from "neo4j-driver";
import type { z } from "zod";
import { AppError } from "../domain/AppError.ts";
import type { CypherRegistry } from "./CypherRegistry.ts";
import { toParams } from "./toParams.ts";
import type { StatementName } from "./statementNames.ts";
import { toPlain } from "./toPlain.ts";

/** Runs named statements inside one transaction. */
export interface StatementRunner {
  /** Runs the named statement with parameters; returns its rows as plain objects. */
  run(name: StatementName, params?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
}

/** Limits on what one transaction may take from the database. */
export interface TransactionLimits {
  /**
   * Longest a read transaction may run, in ms, before Neo4j stops it (the driver's transaction
   * `timeout`): no single request can hold the database longer, and it ends with QUERY_TIMEOUT.
   * Unset: the server's own limit (none by default). Writes are not bounded: an ingest is all or nothing.
   */
  readTimeoutMs?: number | undefined;
}

/** How long a probe of a database seen down may take before the call fails: the fail-fast bound. */
export const PROBE_TIMEOUT_MS = 2_000;
/** How long a read may run before the database is probed to see whether it is reachable at all. */
const PROBE_DELAY_MS = 1_000;

/**
 * The one gateway to the database. Every statement is a named `.cypher` file run with parameters;
 * a single read runs in an auto-commit transaction (one round trip), several reads in a read transaction,
 * writes in write transactions (retried by the driver on transient errors), sessions are always closed,
 * and driver errors become `AppError`s.
 *
 * Once the database has been seen unavailable, each call first probes it (one `RETURN 1`, no retries,
 * at most PROBE_TIMEOUT_MS) and fails at once with DATABASE_UNAVAILABLE while it stays down, rather
 * than letting the driver retry every request for its full retry time; the first probe that answers
 * clears the state, so the service recovers by itself when the database is back.
 */
export class Executor {
  /** Statements sent to the database since start: lets tests count round trips. */
  statementCount = 0;
  /**
   * Called after each statement run inside a transaction, with how long it took from the driver's side
   * (sent, planned, run, every row received; the commit is not included): lets a bench find the costly ones.
   */
  onStatement: ((name: StatementName, ms: number) => void) | undefined = undefined;
  /** When the database was last seen unavailable and has not answered since; null while it answers. */
  private unavailableSince: Date | null = null;

  /**
   * @param bookmarks shared by every session this executor opens, so that each transaction starts
   *   after every transaction committed before it (causal consistency): on a cluster, a read routed to
   *   a reader that has not yet caught up with a write waits for it instead of missing it. The health
   *   probe does without, so that it answers at once.
   */
  constructor(
    readonly driver: Driver,
    readonly registry: CypherRegistry,
    readonly database: string | undefined,
    readonly bookmarks: BookmarkManager = neo4j.bookmarkManager(),
    readonly limits: TransactionLimits = {},
  ) {}

  /** Runs one named read statement and parses each row with `schema` (see readStatement). */
  async read<S extends z.ZodType>(
    name: StatementName,
    params: Record<string, unknown>,
    schema: S,
  ): Promise<Array<z.infer<S>>> {
    const rows = await this.readStatement(name, params);
    return rows.map((row) => parseRow(name, schema, row));
  }

  /** Runs `work` in one read transaction. */
  readTransaction<T>(work: (tx: StatementRunner) => Promise<T>): Promise<T> {
    return this.transaction("READ", work);
  }

  /** Runs `work` in one write transaction: all of it is committed, or none of it. */
  writeTransaction<T>(work: (tx: StatementRunner) => Promise<T>): Promise<T> {
    return this.transaction("WRITE", work);
  }

  /** Runs a statement outside an explicit transaction (schema changes need this). */
  async runAutoCommit(statement: string): Promise<void> {
    const session = this.driver.session({ database: this.database, bookmarkManager: this.bookmarks });
    try {
      this.statementCount += 1;
      await session.run(statement);
    } catch (error) {
      throw this.noteFailure(mapError(error, this.limits));
    } finally {
      await session.close();
    }
  }

  /**
   * Whether the database answers a trivial statement within `timeoutMs`: the health check. Never
   * throws; a failure is returned with its reason, and updates the fail-fast state as any call does.
   */
  async ping(timeoutMs = PROBE_TIMEOUT_MS): Promise<{ ok: true } | { ok: false; reason: string }> {
    try {
      await this.probe(timeoutMs);
      this.unavailableSince = null;
      return { ok: true };
    } catch (error) {
      this.unavailableSince ??= new Date();
      return { ok: false, reason: (error as Error).message };
    }
  }

  /** When the database was last seen unavailable, or null while it answers. */
  get downSince(): Date | null {
    return this.unavailableSince;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /**
   * One read statement in an auto-commit transaction: one round trip (RUN and PULL) where a managed
   * transaction takes two (BEGIN, RUN and PULL, then COMMIT), in a READ session sharing the bookmarks and
   * bounded by the read timeout as every read is. The driver retries no auto-commit transaction: one that
   * fails with an error Neo4j calls retriable runs again as a managed read transaction, which does.
   */
  private async readStatement(
    name: StatementName,
    params: Record<string, unknown>,
  ): Promise<Record<string, unknown>[]> {
    if (this.unavailableSince) await this.failFastWhileDown();
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.bookmarks,
    });
    const statement = this.registry.get(name);
    const timeout = this.limits.readTimeoutMs;
    try {
      this.statementCount += 1;
      const started = performance.now();
      const result: QueryResult = await this.unlessUnreachable(
        Promise.resolve(
          session.run(
            statement,
            toParams(params) as Record<string, unknown>,
            timeout === undefined ? {} : { timeout },
          ),
        ),
      );
      this.onStatement?.(name, performance.now() - started);
      return result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>);
    } catch (error) {
      if (error instanceof Neo4jError && error.retryable && !isTimeout(error)) {
        return this.readTransaction((tx) => tx.run(name, params));
      }
      throw this.noteFailure(mapError(error, this.limits));
    } finally {
      await session.close();
    }
  }

  private async transaction<T>(
    mode: "READ" | "WRITE",
    work: (tx: StatementRunner) => Promise<T>,
  ): Promise<T> {
    if (this.unavailableSince) await this.failFastWhileDown();
    const session = this.driver.session({
      database: this.database,
      // READ sessions and executeRead: on a cluster, routed to readers.
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
    const callback = (tx: ManagedTransaction) => work(this.runner(tx));
    try {
      if (mode === "WRITE") return await session.executeWrite(callback);
      const timeout = this.limits.readTimeoutMs;
      return await this.unlessUnreachable(
        session.executeRead(callback, timeout === undefined ? {} : { timeout }),
      );
    } catch (error) {
      throw this.noteFailure(mapError(error, this.limits));
    } finally {
      await session.close();
    }
  }

  /**
   * Settles as `read` does, except that when it has not settled after PROBE_DELAY_MS and a probe finds
   * the server unreachable, it fails then with DATABASE_UNAVAILABLE instead of waiting out the
   * driver's retries (30 s). Reads only: a write is never reported failed while a retry may still
   * commit it. A probe that merely times out (a busy pool) changes nothing.
   */
  private unlessUnreachable<T>(read: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const watchdog = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        void this.probe(PROBE_TIMEOUT_MS).catch((error: unknown) => {
          if (!isUnreachable(error)) return;
          this.unavailableSince ??= new Date();
          reject(
            new AppError("DATABASE_UNAVAILABLE", `Neo4j is unavailable: ${(error as Error).message}`, {
              cause: error,
              retriable: true,
            }),
          );
        });
      }, PROBE_DELAY_MS);
    });
    read.catch(() => {}); // settles later, after the driver's retries, when the watchdog won
    return Promise.race([read, watchdog]).finally(() => clearTimeout(timer));
  }

  /** Throws DATABASE_UNAVAILABLE at once if the database, seen down before, still does not answer. */
  private async failFastWhileDown(): Promise<void> {
    const since = this.unavailableSince;
    const answer = await this.ping();
    if (!answer.ok) {
      throw new AppError(
        "DATABASE_UNAVAILABLE",
        `The database is unavailable (since ${since?.toISOString()}); try again later`,
        { retriable: true },
      );
    }
  }

  /** Runs `RETURN 1` once, with no retries, failing after `timeoutMs`. */
  private async probe(timeoutMs: number): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        session.run(this.registry.get("admin/ping")),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => {});
    }
  }

  /** Marks the database down when `error` says it is unavailable; returns the error. */
  private noteFailure(error: unknown): unknown {
    if (error instanceof AppError && error.code === "DATABASE_UNAVAILABLE")
      this.unavailableSince ??= new Date();
    return error;
  }

  private runner(tx: ManagedTransaction): StatementRunner {
    return {
      run: async (name, params = {}) => {
        const statement = this.registry.get(name);
        this.statementCount += 1;
        const started = performance.now();
        const result: QueryResult = await tx.run(statement, toParams(params) as Record<string, unknown>);
        this.onStatement?.(name, performance.now() - started);
        return result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>);
      },
    };
  }
}

function parseRow<S extends z.ZodType>(name: string, schema: S, row: unknown): z.infer<S> {
  const parsed = schema.safeParse(row);
  if (!parsed.success) {
    throw new AppError("DATABASE_ERROR", `Unexpected row from '${name}': ${parsed.error.message}`);
  }
  return parsed.data;
}

/** True for the driver's errors that mean the server cannot be reached (not for a timeout or a query error). */
function isUnreachable(error: unknown): boolean {
  return (
    error instanceof Neo4jError && (error.code === "ServiceUnavailable" || error.code === "SessionExpired")
  );
}

/** True for the server's refusal of a transaction that ran past its timeout. */
function isTimeout(error: Neo4jError): boolean {
  return /TransactionTimedOut/.test(error.code);
}

/** Maps driver errors to `AppError`s; our own errors pass through. */
function mapError(error: unknown, limits: TransactionLimits): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof Neo4jError) {
    if (isTimeout(error)) {
      const limit =
        limits.readTimeoutMs === undefined
          ? "the server's transaction time limit"
          : `the limit of ${limits.readTimeoutMs} ms (QUERY_TIMEOUT_MS)`;
      return new AppError(
        "QUERY_TIMEOUT",
        `The query ran longer than ${limit} and was stopped: ask for less (smaller pages, one authority, fewer fields)`,
        { cause: error },
      );
    }
    if (isUnreachable(error)) {
      return new AppError("DATABASE_UNAVAILABLE", `Neo4j is unavailable: ${error.message}`, {
        cause: error,
        retriable: true,
      });
    }
    return new AppError("DATABASE_ERROR", `Neo4j error ${error.code}: ${error.message}`, {
      cause: error,
      retriable: error.retryable,
    });
  }
  return error;
}
