import { z } from "zod";

/**
 * What a later visit says about a recommendation's area (the definitions are the SDL's `TraceStatus`,
 * the same list, checked by a unit test).
 */
export const TraceStatus = z.enum(["IMPROVED", "PERSISTS", "MIXED", "NOT_COVERED"]);
export type TraceStatus = z.infer<typeof TraceStatus>;

/** How sure a follow-up's status is: the SDL's `TraceConfidence`. */
export const TraceConfidence = z.enum(["HIGH", "MEDIUM", "LOW"]);
export type TraceConfidence = z.infer<typeof TraceConfidence>;
