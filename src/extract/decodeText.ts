/**
 * Decodes a text file's bytes: UTF-8 (a byte-order mark dropped), or Windows-1252 when the bytes are not
 * valid UTF-8, as older Windows text files often are.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
