import type { ApolloServerPlugin } from "@apollo/server";
import pLimit from "p-limit";

/** Operations executed at once; the rest wait their turn, first come first served. */
export const MAX_CONCURRENT_OPERATIONS = 8;

/**
 * Admits at most `concurrency` operations at a time, in arrival order. Without it, a burst of requests
 * all start at once and compete for the database's connections, and the unluckiest wait far longer than
 * their turn; with it, each waits about its place in the queue divided by the throughput.
 */
export function admissionPlugin(concurrency: number = MAX_CONCURRENT_OPERATIONS): ApolloServerPlugin {
  const limit = pLimit(concurrency);
  /** Waits for a slot; resolves with the function that frees it. */
  const admit = () =>
    new Promise<() => void>((admitted) => {
      void limit(() => new Promise<void>((done) => admitted(done)));
    });
  return {
    async requestDidStart() {
      const release = await admit();
      return {
        async willSendResponse() {
          release();
        },
      };
    },
  };
}
