import { Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { z } from "zod";
import { createExecutor } from "../../src/db/createExecutor.ts";
import type { Executor } from "../../src/db/Executor.ts";

// The driver writes its output buffer to the socket each time it fills. Unpatched, the buffer is 1,400
// bytes, and one document's write (300 kB of parameters) took 200 socket writes; patches/ makes it a whole
// Bolt chunk. This fails when the patch is not applied (an upgraded driver, an install without scripts).

let executor: Executor;

beforeAll(async () => {
  executor = await createExecutor(inject("neo4j"));
});

afterAll(async () => {
  await executor.close();
});

describe("the Neo4j driver's writes", () => {
  it("sends a 300 kB parameter in a few socket writes, which Neo4j accepts", async () => {
    const padding = "é".repeat(150_000); // two bytes each in UTF-8
    const write = vi.spyOn(Socket.prototype, "write");
    try {
      const rows = await executor.read("admin/ping", { padding }, z.object({ ok: z.number() }));
      expect(rows).toEqual([{ ok: 1 }]);
      expect(write.mock.calls.length).toBeGreaterThan(0);
      expect(write.mock.calls.length).toBeLessThanOrEqual(10);
    } finally {
      write.mockRestore();
    }
  });
});
