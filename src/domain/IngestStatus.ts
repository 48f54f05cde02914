import { z } from "zod";

/**
 * What storing one document did: written for the first time, replacing what an earlier extractor version
 * stored, or left alone because this version stored it already. The SDL's `IngestStatus` is the same
 * list (checked by a unit test).
 */
export const IngestStatus = z.enum(["INGESTED", "REPLACED", "UNCHANGED"]);
export type IngestStatus = z.infer<typeof IngestStatus>;
