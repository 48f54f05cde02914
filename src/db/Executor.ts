import neo4j, { type Driver, type ManagedTransaction, Neo4jError, type QueryResult } from "neo4j-driver";
import type { z } from "zod";
import { AppError } from "../domain/AppError.ts";
import type { CypherRegistry } from "./CypherRegistry.ts";
import { toParams } from "./toParams.ts";
import { toPlain } from "./toPlain.ts";

/** Runs named statements inside one transaction. */
export interface StatementRunner {
  /** Runs the named statement with parameters; returns its rows as plain objects. */
  run(name: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
}

/**
 * The one gateway to the database. Every statement is a named `.cypher` file run with parameters;
 * reads go through read transactions, writes through write transactions (retried by the driver on
 * transient errors), sessions are always closed, and driver errors become `AppError`s.
 */
export class Executor {
  /** Statements sent to the database since start: lets tests count round trips. */
  statementCount = 0;

  constructor(
    readonly driver: Driver,
    readonly registry: CypherRegistry,
    readonly database: string | undefined,
  ) {}

  /** Runs one named read statement and parses each row with `schema`. */
  async read<S extends z.ZodType>(
    name: string,
    params: Record<string, unknown>,
    schema: S,
  ): Promise<Array<z.infer<S>>> {
    const rows = await this.readTransaction((tx) => tx.run(name, params));
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
    const session = this.driver.session({ database: this.database });
    try {
      this.statementCount += 1;
      await session.run(statement);
    } catch (error) {
      throw mapError(error);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async transaction<T>(
    mode: "READ" | "WRITE",
    work: (tx: StatementRunner) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const callback = (tx: ManagedTransaction) => work(this.runner(tx));
    try {
      return mode === "READ" ? await session.executeRead(callback) : await session.executeWrite(callback);
    } catch (error) {
      throw mapError(error);
    } finally {
      await session.close();
    }
  }

  private runner(tx: ManagedTransaction): StatementRunner {
    return {
      run: async (name, params = {}) => {
        const statement = this.registry.get(name);
        this.statementCount += 1;
        const result: QueryResult = await tx.run(statement, toParams(params) as Record<string, unknown>);
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

/** Maps driver errors to `AppError`s; our own errors pass through. */
function mapError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof Neo4jError) {
    if (error.code === "ServiceUnavailable" || error.code === "SessionExpired") {
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
