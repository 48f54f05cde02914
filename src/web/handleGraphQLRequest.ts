import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApolloServer, BaseContext, ContextThunk } from "@apollo/server";
import { HeaderMap } from "@apollo/server";

/** Largest request body accepted: a 20 MB PDF in base64 is about 27 MB. */
const MAX_BODY_BYTES = 50 * 1024 * 1024;

/**
 * Answers one HTTP request to `/graphql` with Apollo Server: reads and parses a JSON body, hands the
 * request to Apollo (which serves the playground to a browser and checks for CSRF itself) and streams its
 * answer back. Any origin may call the API (as Apollo's standalone server allows). A body that is not
 * JSON or is too large is answered with 400 or 413 and a plain message; it never throws.
 */
export async function handleGraphQLRequest<Context extends BaseContext>(
  server: ApolloServer<Context>,
  req: IncomingMessage,
  res: ServerResponse,
  context: ContextThunk<Context>,
): Promise<void> {
  res.setHeader("access-control-allow-origin", "*");
  if (req.method === "OPTIONS") {
    res.setHeader("access-control-allow-methods", "GET,HEAD,POST");
    const asked = req.headers["access-control-request-headers"];
    if (asked) res.setHeader("access-control-allow-headers", asked);
    res.statusCode = 204;
    res.end();
    return;
  }
  let body: unknown;
  try {
    body = await readJsonBody(req);
  } catch (error) {
    const tooLarge = error instanceof BodyTooLarge;
    res.statusCode = tooLarge ? 413 : 400;
    res.setHeader("content-type", "text/plain; charset=utf-8");
    res.end(tooLarge ? "Request body too large" : "Request body is not valid JSON");
    return;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  const url = new URL(req.url ?? "/", "http://localhost");
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? "GET").toUpperCase(), headers, search: url.search, body },
    context,
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === "complete") {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

class BodyTooLarge extends Error {}

/** The parsed JSON body of a request that declares one; undefined for any other. */
async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  const type = req.headers["content-type"] ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type)) return undefined;
  const text = Buffer.concat(chunks).toString("utf8");
  return text.length === 0 ? undefined : JSON.parse(text);
}
