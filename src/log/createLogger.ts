import { type Logger, pino } from "pino";

export type { Logger };

/**
 * The service's structured logger: JSON lines on stderr, so stdout stays free for command output
 * (pipe them through `npx pino-pretty` to read them as text).
 */
export function createLogger(level: string): Logger {
  return pino({ level, base: undefined }, pino.destination({ dest: 2, sync: true }));
}
