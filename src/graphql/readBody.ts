import type { IncomingMessage } from "node:http";

/** A request body read and parsed, or why it was refused (an HTTP status and a GraphQL-style code). */
export type BodyResult =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 413; code: "BAD_REQUEST" | "PAYLOAD_TOO_LARGE"; message: string };

/**
 * Reads a request's body up to `maxBytes` and parses it as JSON when its content type says JSON
 * (otherwise it is left undefined, for Apollo to refuse a POST without a query). A body over the limit
 * is refused before any of it is parsed: at once when its Content-Length says so, else as soon as the
 * bytes received pass the limit (the rest is discarded unread). GET and HEAD have no body.
 */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  if (req.method === "GET" || req.method === "HEAD") return { ok: true, value: undefined };
  const tooLarge = {
    ok: false,
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
    message: `Request body is larger than the limit of ${maxBytes} bytes`,
  } as const;
  const declared = Number(req.headers["content-length"] ?? NaN);
  if (declared > maxBytes) {
    req.resume();
    return tooLarge;
  }
  const chunks = await collect(req, maxBytes);
  if (!chunks) return tooLarge;
  const type = req.headers["content-type"] ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type)) return { ok: true, value: undefined };
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, code: "BAD_REQUEST", message: "Request body is not valid JSON" };
  }
}

/** The body's chunks, or null as soon as they pass `maxBytes` (the rest is then drained unread). */
function collect(req: IncomingMessage, maxBytes: number): Promise<Buffer[] | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      req.off("data", onData);
      req.resume();
      resolve(null);
    };
    req.on("data", onData);
    req.once("end", () => resolve(chunks));
    req.once("error", reject);
  });
}
