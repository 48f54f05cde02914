/**
 * Version of the extraction rules. Stored on every Document: a document already stored under the same
 * version is left as it is on a second ingest; one stored under another version is replaced.
 * Raise it whenever a change to extraction changes what a document yields.
 */
export const EXTRACTOR_VERSION = "3";
