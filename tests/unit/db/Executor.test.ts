import neo4j, { type Driver, Neo4jError } from "neo4j-driver";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { CypherRegistry } from "../../../src/db/CypherRegistry.ts";
import { Executor } from "../../../src/db/Executor.ts";

let registry: CypherRegistry;
beforeAll(async () => {
  registry = await CypherRegistry.load();
});

const Row = z.object({ n: z.number() });

/** A driver whose sessions answer `run` (auto-commit) and `executeRead` (managed) as told, counting each. */
function fakeDriver(answers: { run: () => Promise<unknown>; executeRead: () => Promise<unknown> }) {
  const calls = { run: 0, executeRead: 0, sessions: [] as unknown[] };
  const records = (n: number) => ({ records: [{ toObject: () => ({ n: neo4j.int(n) }) }] });
  const driver = {
    session: (config: unknown) => {
      calls.sessions.push(config);
      return {
        run: () => {
          calls.run += 1;
          return answers.run().then(() => records(1));
        },
        executeRead: async (work: (tx: unknown) => Promise<unknown>) => {
          calls.executeRead += 1;
          await answers.executeRead();
          return work({ run: async () => records(2) });
        },
        close: async () => {},
      };
    },
  } as unknown as Driver;
  return { driver, calls };
}

describe("Executor.read", () => {
  it("runs a single read as one auto-commit statement in a READ session with the shared bookmarks", async () => {
    const { driver, calls } = fakeDriver({ run: async () => {}, executeRead: async () => {} });
    const executor = new Executor(driver, registry, undefined);
    expect(await executor.read("admin/ping", {}, Row)).toEqual([{ n: 1 }]);
    expect(calls).toMatchObject({ run: 1, executeRead: 0 });
    expect(calls.sessions[0]).toMatchObject({
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: executor.bookmarks,
    });
  });

  it("runs it again as a managed read transaction, which the driver retries, after a retryable failure", async () => {
    const transient = new Neo4jError(
      "deadlock",
      "Neo.TransientError.Transaction.DeadlockDetected",
      "50N00",
      "",
    );
    const { driver, calls } = fakeDriver({
      run: () => Promise.reject(transient),
      executeRead: async () => {},
    });
    const executor = new Executor(driver, registry, undefined);
    expect(await executor.read("admin/ping", {}, Row)).toEqual([{ n: 2 }]);
    expect(calls).toMatchObject({ run: 1, executeRead: 1 });
  });

  it("does not run again a statement that failed for good", async () => {
    const syntax = new Neo4jError("bad", "Neo.ClientError.Statement.SyntaxError", "42000", "");
    const { driver, calls } = fakeDriver({ run: () => Promise.reject(syntax), executeRead: async () => {} });
    const executor = new Executor(driver, registry, undefined);
    await expect(executor.read("admin/ping", {}, Row)).rejects.toMatchObject({ code: "DATABASE_ERROR" });
    expect(calls).toMatchObject({ run: 1, executeRead: 0 });
  });
});
