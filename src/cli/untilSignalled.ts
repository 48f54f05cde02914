import type { Logger } from "../log/createLogger.ts";

/**
 * Resolves at the first SIGINT or SIGTERM. A second one ends the command at once, as a second Ctrl-C
 * should; an API process (`ignoreRepeats`) lets it pass, since Ctrl-C reaches it as well as the primary's
 * SIGTERM, and the primary kills it if it does not finish in time.
 */
export function untilSignalled(logger: Logger, options: { ignoreRepeats: boolean }): Promise<void> {
  return new Promise<void>((resolve) => {
    let signalled = false;
    const stop = (signal: string) => {
      if (!signalled) logger.info({ signal }, "shutting down");
      signalled = true;
      resolve();
    };
    const listen = options.ignoreRepeats ? process.on.bind(process) : process.once.bind(process);
    listen("SIGINT", stop);
    listen("SIGTERM", stop);
  });
}
