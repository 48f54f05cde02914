import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { AppError, type ErrorCode } from "../domain/AppError.ts";

/** How each of our error codes reaches a client; codes not listed are internal and say nothing more. */
const PUBLIC_CODES: Partial<Record<ErrorCode, string>> = {
  BAD_INPUT: "BAD_USER_INPUT",
  INVALID_RECORD: "BAD_USER_INPUT",
  UNREADABLE_DOCUMENT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  DATABASE_UNAVAILABLE: "DATABASE_UNAVAILABLE",
  QUERY_TIMEOUT: "QUERY_TIMEOUT",
};

/**
 * Shapes every error a client sees: our expected errors keep their message and get a public code; any
 * other error from a resolver becomes "Internal server error" (logged by the caller), so no stack trace,
 * Cypher or driver message leaks. GraphQL's own errors (syntax, validation, limits) pass unchanged.
 */
export function createFormatError(logError: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      const code = PUBLIC_CODES[original.code];
      if (code) return { message: original.message, path: formatted.path, extensions: { code } };
    } else if (original === error || formatted.extensions?.code !== "INTERNAL_SERVER_ERROR") {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logError(original);
    return {
      message: "Internal server error",
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}
