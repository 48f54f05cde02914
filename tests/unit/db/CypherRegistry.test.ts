import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CYPHER_DIR, CypherRegistry } from "../../../src/db/CypherRegistry.ts";
import { STATEMENT_NAMES } from "../../../src/db/statementNames.ts";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cypher-registry-"));
  await mkdir(join(dir, "read"), { recursive: true });
  await mkdir(join(dir, "schema"), { recursive: true });
  await writeFile(
    join(dir, "read", "visit-by-id.cypher"),
    "\n// a visit\nMATCH (v:Visit {id: $id}) RETURN v\n\n",
  );
  await writeFile(join(dir, "read", "notes.txt"), "not a statement");
  await writeFile(
    join(dir, "schema", "constraints.cypher"),
    "// constraints\nCREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;\n\n" +
      "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x);\n",
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("CypherRegistry", () => {
  it("names each .cypher file by its path below the folder, without the extension", async () => {
    const registry = await CypherRegistry.load(dir, []);
    expect(registry.names()).toEqual(["read/visit-by-id", "schema/constraints"]);
    expect(registry.names("schema/")).toEqual(["schema/constraints"]);
    expect(registry.get("read/visit-by-id")).toBe("// a visit\nMATCH (v:Visit {id: $id}) RETURN v");
  });

  it("throws DATABASE_ERROR naming a statement that has no file", async () => {
    const registry = await CypherRegistry.load(dir, []);
    expect(() => registry.get("read/visit-by-ID")).toThrow(
      expect.objectContaining({
        code: "DATABASE_ERROR",
        message: "No Cypher statement named 'read/visit-by-ID'",
      }),
    );
  });

  it("splits a schema file into its statements, comments dropped", async () => {
    const registry = await CypherRegistry.load(dir, []);
    expect(registry.split("schema/constraints")).toEqual([
      "CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE",
      "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x)",
    ]);
  });

  it("refuses to load when a statement the code names has no file, naming each", async () => {
    await expect(
      CypherRegistry.load(dir, ["read/visit-by-id", "read/visits-page", "ingest/merge-visit"]),
    ).rejects.toThrow(
      expect.objectContaining({
        code: "DATABASE_ERROR",
        message: `No Cypher file in ${dir} for: read/visits-page, ingest/merge-visit`,
      }),
    );
  });

  it("knows every statement of cypher/ by its generated name, and nothing else (npm run codegen is up to date)", async () => {
    const registry = await CypherRegistry.load(CYPHER_DIR, []);
    expect(registry.names()).toEqual([...STATEMENT_NAMES]);
    await expect(CypherRegistry.load()).resolves.toBeInstanceOf(CypherRegistry);
  });
});
