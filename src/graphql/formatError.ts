import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { AppError, type ErrorCode } from "../domain/AppError.ts";

/**
 * How each of our error codes reaches a client: its public code, the HTTP status of the response where it
 * is not 200, and a fixed message where ours names what a client must not see. Codes not listed are
 * internal and say nothing more.
 */
const PUBLIC_CODES: Partial<Record<ErrorCode, { code: string; status?: number; message?: string }>> = {
  // 400 where Apollo needs a status (a bad scalar value seen by a plugin before execution); a resolver's
  // BAD_INPUT is formatted by createFormatError and answers as any GraphQL error does.
  BAD_INPUT: { code: "BAD_USER_INPUT", status: 400 },
  INVALID_RECORD: { code: "BAD_USER_INPUT" },
  UNREADABLE_DOCUMENT: { code: "BAD_USER_INPUT" },
  NOT_FOUND: { code: "NOT_FOUND" },
  UNAUTHENTICATED: { code: "UNAUTHENTICATED", status: 401 },
  // The driver's reason names the server's address; the CLI shows it, the API does not.
  DATABASE_UNAVAILABLE: {
    code: "DATABASE_UNAVAILABLE",
    message: "The database is unavailable; try again later",
  },
  QUERY_TIMEOUT: { code: "QUERY_TIMEOUT" },
  QUERY_TOO_COMPLEX: { code: "QUERY_TOO_COMPLEX", status: 400 },
};

/**
 * An `AppError` as the GraphQL error Apollo needs where the response's HTTP status depends on it (a
 * refused mutation answers 401, a bad scalar value 400). Resolvers throw `AppError`s; only those use
 * this. The message and public code are the ones `createFormatError` gives.
 */
export function toGraphQLError(error: AppError): GraphQLError {
  const shown = PUBLIC_CODES[error.code];
  return new GraphQLError(shown?.message ?? error.message, {
    originalError: error,
    extensions: {
      code: shown?.code ?? "INTERNAL_SERVER_ERROR",
      ...(shown?.status ? { http: { status: shown.status } } : {}),
    },
  });
}

/**
 * Shapes every error a client sees: our expected errors keep their message and get a public code; any
 * other error from a resolver becomes "Internal server error" (logged by the caller), so no stack trace,
 * Cypher or driver message leaks. GraphQL's own errors (syntax, validation, limits) pass unchanged.
 */
export function createFormatError(logError: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      const shown = PUBLIC_CODES[original.code];
      if (shown) {
        return {
          message: shown.message ?? original.message,
          ...(formatted.locations ? { locations: formatted.locations } : {}),
          path: formatted.path,
          extensions: { code: shown.code },
        };
      }
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
