import { setFlagsFromString } from "node:v8";

/**
 * Keeps a batch command's heap close to what it holds. V8 sizes its heap from the machine's memory: on a
 * roomy machine it lets the heap grow to four times its live objects between full collections and young
 * objects fill 16 MiB spaces. A growth of at most half and young spaces kept at their starting size took
 * the corpus's ingest with two extraction threads from 350-400 MiB (commands already loaded lazily) to
 * about 290 MiB, for about a tenth more CPU (`bench/RESULTS.md`). The flags are the process's: its worker
 * threads' heaps follow them too. V8 reads both flags at each collection, so unlike the heap's maximum size they
 * take effect when set after start.
 */
export function keepHeapSmall(): void {
  setFlagsFromString("--heap-growing-percent=50");
  setFlagsFromString("--semi-space-growth-factor=1");
}
