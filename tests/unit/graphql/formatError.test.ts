import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { AppError } from "../../../src/domain/AppError.ts";
import { createFormatError, toGraphQLError } from "../../../src/graphql/formatError.ts";

/** A resolver's error as Apollo hands it to formatError: located at a path, the thrown error inside. */
function fromResolver(thrown: Error): GraphQLError {
  return new GraphQLError(thrown.message, { path: ["visit"], originalError: thrown });
}

function formatted(error: GraphQLError) {
  return { message: error.message, path: error.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

describe("createFormatError", () => {
  it("gives an expected AppError its message and public code", () => {
    const logged: unknown[] = [];
    const format = createFormatError((e) => logged.push(e));
    const error = fromResolver(new AppError("BAD_INPUT", "'first' must be between 0 and 100, got 101"));
    expect(format(formatted(error), error)).toEqual({
      message: "'first' must be between 0 and 100, got 101",
      path: ["visit"],
      extensions: { code: "BAD_USER_INPUT" },
    });
    expect(logged).toEqual([]);
  });

  it("says the database is unavailable without the driver's reason, which names the server", () => {
    const format = createFormatError(() => {});
    const error = fromResolver(
      new AppError(
        "DATABASE_UNAVAILABLE",
        "Neo4j is unavailable: Failed to connect to server. Caused by: connect ECONNREFUSED 10.0.4.7:7687",
      ),
    );
    expect(format(formatted(error), error)).toEqual({
      message: "The database is unavailable; try again later",
      path: ["visit"],
      extensions: { code: "DATABASE_UNAVAILABLE" },
    });
  });

  it("hides an internal AppError and any other resolver error behind one message, and logs it", () => {
    const logged: unknown[] = [];
    const format = createFormatError((e) => logged.push(e));
    const internal = new AppError(
      "DATABASE_ERROR",
      "Neo4j error Neo.ClientError.Statement.SyntaxError: MATCH (n",
    );
    const crash = new TypeError("Cannot read properties of undefined (reading 'id')");
    for (const thrown of [internal, crash]) {
      const error = fromResolver(thrown);
      expect(format(formatted(error), error)).toEqual({
        message: "Internal server error",
        path: ["visit"],
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      });
    }
    expect(logged).toEqual([internal, crash]);
  });

  it("passes GraphQL's own errors on without a stack trace", () => {
    const format = createFormatError(() => {});
    const error = new GraphQLError('Cannot query field "nope" on type "Query".', {
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
    const shaped = format(
      { message: error.message, extensions: { code: "GRAPHQL_VALIDATION_FAILED", stacktrace: ["at x"] } },
      error,
    );
    expect(shaped).toEqual({ message: error.message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
  });
});

describe("toGraphQLError", () => {
  it("carries the public code and the HTTP status of a refused mutation", () => {
    const error = toGraphQLError(new AppError("UNAUTHENTICATED", "Mutations need an API key"));
    expect(error.message).toBe("Mutations need an API key");
    expect(error.extensions).toEqual({ code: "UNAUTHENTICATED", http: { status: 401 } });
    expect(error.originalError).toBeInstanceOf(AppError);
  });

  it("names an internal code INTERNAL_SERVER_ERROR", () => {
    expect(toGraphQLError(new AppError("DATABASE_ERROR", "boom")).extensions).toEqual({
      code: "INTERNAL_SERVER_ERROR",
    });
  });
});
