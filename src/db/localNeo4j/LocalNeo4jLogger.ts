/** Where progress messages go; pino's `Logger` fits, and so does `{ info: console.error, warn: console.error }`. */
export interface LocalNeo4jLogger {
  info(message: string): void;
  warn(message: string): void;
}
