import { describe, expect, it, vi } from "vitest";
import { createApolloServer } from "../../../src/graphql/createApolloServer.ts";
import type { GraphQLContext } from "../../../src/graphql/GraphQLContext.ts";
import { createLogger } from "../../../src/log/createLogger.ts";
import { PartialDate } from "../../../src/graphql/resolvers/PartialDate.ts";

describe("PartialDate", () => {
  it.each(["2018", "2018-10", "2018-10-15", "2024-02-29"])("accepts %s", (value) => {
    expect(PartialDate.parseValue(value)).toBe(value);
  });

  it.each(["18", "2018-13", "2018-10-32", "2018-1-5", "15/10/2018", "2018-10-15T00:00", "", 2018, null])(
    "refuses %j",
    (value) => {
      expect(() => PartialDate.parseValue(value)).toThrow(/YYYY, YYYY-MM or YYYY-MM-DD/);
    },
  );

  it("is checked by the API's own server, before any resolver runs", async () => {
    const server = createApolloServer(createLogger("silent"));
    await server.start();
    const store = { themeTrends: vi.fn(async () => []) };
    const run = (query: string, variables?: Record<string, unknown>) =>
      server.executeOperation(
        { query, ...(variables ? { variables } : {}) },
        { contextValue: { store } as unknown as GraphQLContext },
      );
    try {
      const literal = await run(`{ themeTrends(groupBy: YEAR, from: "last year") { key } }`);
      const variable = await run(
        `query($from: PartialDate) { themeTrends(groupBy: YEAR, from: $from) { key } }`,
        { from: "2018-13" },
      );
      for (const response of [literal, variable]) {
        if (response.body.kind !== "single") throw new Error("expected a single result");
        expect(response.body.singleResult.errors?.[0]?.message).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD/);
        expect(response.body.singleResult.errors?.[0]?.extensions?.code).not.toBe("INTERNAL_SERVER_ERROR");
      }
      // A bad variable is the client's error: 400 and BAD_USER_INPUT, not a server error.
      expect(variable.http.status).toBe(400);
      if (variable.body.kind !== "single") throw new Error("expected a single result");
      expect(variable.body.singleResult.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(store.themeTrends).not.toHaveBeenCalled();
      const good = await run(
        `query($from: PartialDate) { themeTrends(groupBy: YEAR, from: $from) { key } }`,
        {
          from: "2018",
        },
      );
      if (good.body.kind !== "single") throw new Error("expected a single result");
      expect(good.body.singleResult.errors).toBeUndefined();
      expect(store.themeTrends).toHaveBeenCalledWith({ from: "2018", to: null, groupBy: "YEAR" });
    } finally {
      await server.stop();
    }
  });
});
