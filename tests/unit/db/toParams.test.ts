import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { toParams } from "../../../src/db/toParams.ts";
import { toPlain } from "../../../src/db/toPlain.ts";

describe("toParams", () => {
  it("sends whole numbers as Neo4j integers, at any depth", () => {
    const params = toParams({ limit: 20, offset: 0, filter: { years: [2018, 2021] } }) as {
      limit: unknown;
      offset: unknown;
      filter: { years: unknown[] };
    };
    const asNumber = (value: unknown) => (neo4j.isInt(value) ? value.toNumber() : value);
    for (const value of [params.limit, params.offset, ...params.filter.years])
      expect(neo4j.isInt(value)).toBe(true);
    expect([params.limit, params.offset, ...params.filter.years].map(asNumber)).toEqual([20, 0, 2018, 2021]);
  });

  it("leaves fractions, numbers beyond 2^53, strings, booleans and nulls as they are", () => {
    expect(toParams(0.25)).toBe(0.25);
    expect(toParams(2 ** 60)).toBe(2 ** 60);
    expect(toParams({ a: "5", b: true, c: null })).toEqual({ a: "5", b: true, c: null });
  });

  it("leaves objects that are not plain (dates, driver values) untouched", () => {
    const when = new Date("2021-07-21T00:00:00Z");
    const date = new neo4j.types.Date(2021, 7, 21);
    expect(toParams({ when, date })).toEqual({ when, date });
    expect((toParams({ when }) as { when: Date }).when).toBe(when);
  });
});

describe("toPlain", () => {
  it("turns integers to numbers and temporal values to ISO strings, at any depth", () => {
    const row = {
      count: neo4j.int(42),
      big: BigInt(7),
      nested: { dates: [new neo4j.types.Date(2021, 7, 21)], missing: undefined },
    };
    expect(toPlain(row)).toEqual({ count: 42, big: 7, nested: { dates: ["2021-07-21"], missing: null } });
  });

  it("keeps a node's or relationship's properties only", () => {
    const node = new neo4j.types.Node(
      neo4j.int(1),
      ["Visit"],
      { id: "hertfordshire/2021-07", year: neo4j.int(2021) },
      "4:x:1",
    );
    expect(toPlain(node)).toEqual({ id: "hertfordshire/2021-07", year: 2021 });
  });

  it("is the inverse of toParams for the values statements take", () => {
    const params = { first: 5, ids: ["a", "b"], window: { from: "2018", to: null } };
    expect(toPlain(toParams(params))).toEqual(params);
  });
});
