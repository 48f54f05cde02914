import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Executor } from "../../src/db/Executor.ts";
import { openTestDatabase } from "../helpers/testDatabase.ts";

let executor: Executor;

beforeAll(async () => {
  executor = await openTestDatabase();
});
afterAll(async () => {
  await executor.close();
});

// Every statement is compiled by the real Neo4j (EXPLAIN plans without running), so a syntax error or an
// unknown function in any `.cypher` file fails here rather than in a request.
describe("every Cypher statement", () => {
  it("compiles on Neo4j", async () => {
    const names = executor.registry.names().filter((name) => !name.startsWith("schema/"));
    expect(names.length).toBeGreaterThan(40);
    const failures: string[] = [];
    for (const name of names) {
      try {
        await executor.runAutoCommit(`EXPLAIN ${executor.registry.get(name)}`);
      } catch (error) {
        failures.push(`${name}: ${(error as Error).message.split("\n")[0]}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
