/**
 * Documents to have in flight when `workers` threads extract (0: the main thread does): a document holds
 * its place while it is written, so each thread needs a second one to go on with; at least 2.
 */
export function documentsInFlight(workers: number): number {
  return Math.max(2, workers * 2);
}
