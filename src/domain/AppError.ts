/**
 * Error codes the service raises on purpose. Each names a kind of failure a caller can act on.
 * `retriable` says whether trying again, unchanged, may succeed.
 */
export type ErrorCode =
  | "CONFIG_INVALID"
  | "UNREADABLE_DOCUMENT"
  | "INVALID_RECORD"
  | "NOT_FOUND"
  | "BAD_INPUT"
  | "UNAUTHENTICATED"
  | "DATABASE_UNAVAILABLE"
  | "DATABASE_ERROR"
  | "QUERY_TIMEOUT"
  | "QUERY_TOO_COMPLEX"
  | "NEO4J_LAUNCH_FAILED"
  | "API_UNAVAILABLE";

/** The one error class of the service: a message for people, a code for programs. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly retriable: boolean;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; retriable?: boolean } = {}) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.retriable = options.retriable ?? false;
  }
}
