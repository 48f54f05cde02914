import { AppError } from "../domain/AppError.ts";

/** How many bytes at the start of a file are enough to tell what it is... */
export const SNIFF_BYTES = 4096;
/** ...and how far from its end a PDF's end-of-file marker may stand (incremental updates, trailing junk). */
export const TAIL_BYTES = 65536;

/**
 * Tells, from a file's first bytes (and, for a PDF, its last ones), whether it is a PDF, plain text, or
 * something extraction cannot read, without parsing it. `tail` may be omitted while only the head has
 * been read. Throws AppError UNREADABLE_DOCUMENT naming the file and the reason: 'empty file',
 * 'not a PDF: looks like an HTML page', 'truncated or damaged PDF: no end-of-file marker',
 * 'unrecognised binary content: neither a PDF nor text'.
 */
export function sniffDocument(source: string, head: Uint8Array, tail?: Uint8Array): "pdf" | "text" {
  const fail = (reason: string) => new AppError("UNREADABLE_DOCUMENT", `${source}: ${reason}`);
  if (head.length === 0) throw fail("empty file");
  if (indexOf(head.subarray(0, 1024), "%PDF-") >= 0) {
    if (tail && indexOf(tail, "%%EOF") < 0) throw fail("truncated or damaged PDF: no end-of-file marker");
    return "pdf";
  }
  const looksLikeText = isText(head);
  const start = looksLikeText
    ? new TextDecoder()
        .decode(head.subarray(0, 1024))
        .replace(/^\ufeff/, "")
        .trimStart()
    : "";
  const html = looksLikeText && /^<!doctype html|^<html|<html[\s>]|<head[\s>]|<body[\s>]/i.test(start);
  const declaredPdf = /\.pdf$/i.test(source);
  if (html)
    throw fail(
      declaredPdf ? "not a PDF: looks like an HTML page" : "not a document: looks like an HTML page",
    );
  if (!looksLikeText)
    throw fail(
      declaredPdf
        ? "not a PDF: unrecognised binary content"
        : "unrecognised binary content: neither a PDF nor text",
    );
  if (declaredPdf) throw fail("not a PDF: no PDF header, looks like plain text");
  if (start.length === 0 && new TextDecoder().decode(head).trim().length === 0) throw fail("empty file");
  return "text";
}

/** Text has no NUL bytes and few control characters other than tabs and line breaks. */
function isText(bytes: Uint8Array): boolean {
  let control = 0;
  for (const byte of bytes) {
    if (byte === 0) return false;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control++;
  }
  return control <= bytes.length / 100;
}

function indexOf(bytes: Uint8Array, ascii: string): number {
  const first = ascii.charCodeAt(0);
  outer: for (let index = bytes.indexOf(first); index >= 0; index = bytes.indexOf(first, index + 1)) {
    for (let offset = 1; offset < ascii.length; offset++) {
      if (bytes[index + offset] !== ascii.charCodeAt(offset)) continue outer;
    }
    return index;
  }
  return -1;
}
