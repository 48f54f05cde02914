import { type Logger, pino } from "pino";

export type { Logger };

/**
 * The service's structured logger (JSON lines on stderr, so stdout stays free for command output).
 * On a terminal, set LOG_PRETTY=1 to read it as text through pino-pretty.
 */
export function createLogger(level: string): Logger {
  return pino({ level, base: undefined }, pino.destination({ dest: 2, sync: true }));
}
