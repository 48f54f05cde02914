import { describe, expect, it } from "vitest";
import { AppError } from "../../../src/domain/AppError.ts";
import { MAX_PAGE_SIZE, pageWindow, toConnection } from "../../../src/graphql/pagination.ts";

describe("pageWindow", () => {
  it("starts at the first item with twenty by default", () => {
    expect(pageWindow({})).toEqual({ offset: 0, limit: 20 });
    expect(pageWindow({ first: null, after: null })).toEqual({ offset: 0, limit: 20 });
    expect(pageWindow({ after: "" })).toEqual({ offset: 0, limit: 20 });
  });

  it("continues after the item whose cursor it is given", () => {
    const page = toConnection({ items: ["a", "b", "c"], offset: 10, total: 30 });
    const cursor = page.pageInfo.endCursor!;
    expect(pageWindow({ first: 5, after: cursor })).toEqual({ offset: 13, limit: 5 });
  });

  it.each([-1, MAX_PAGE_SIZE + 1, 2.5, 2 ** 31])("refuses first = %s as BAD_INPUT", (first) => {
    expect(() => pageWindow({ first })).toThrow(
      expect.objectContaining({
        code: "BAD_INPUT",
        message: `'first' must be between 0 and 100, got ${first}`,
      }),
    );
  });

  it("accepts first = 0 and first = the largest page", () => {
    expect(pageWindow({ first: 0 }).limit).toBe(0);
    expect(pageWindow({ first: MAX_PAGE_SIZE }).limit).toBe(MAX_PAGE_SIZE);
  });

  it.each([
    "not-a-cursor",
    Buffer.from("position:-1").toString("base64url"),
    Buffer.from("offset:3").toString("base64url"),
  ])("refuses a cursor it did not give (%j)", (after) => {
    expect(() => pageWindow({ after })).toThrow(AppError);
    expect(() => pageWindow({ after })).toThrow(
      expect.objectContaining({
        code: "BAD_INPUT",
        message: expect.stringContaining("'after' is not a cursor"),
      }),
    );
  });
});

describe("toConnection", () => {
  it("gives each edge the cursor of its position and says what lies either side", () => {
    const connection = toConnection({ items: ["x", "y"], offset: 2, total: 5 });
    expect(connection.nodes).toEqual(["x", "y"]);
    expect(connection.totalCount).toBe(5);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(connection.edges.map((e) => pageWindow({ first: 1, after: e.cursor }).offset)).toEqual([3, 4]);
    expect(connection.pageInfo.startCursor).toBe(connection.edges[0]!.cursor);
  });

  it("has no cursors and no next page when the page is empty", () => {
    const connection = toConnection({ items: [], offset: 0, total: 0 });
    expect(connection.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
