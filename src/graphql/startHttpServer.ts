import { timingSafeEqual } from "node:crypto";
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer } from "node:net";
import { type ApolloServer, HeaderMap, type HTTPGraphQLRequest } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { AppError } from "../domain/AppError.ts";
import type { GraphStore } from "../store/GraphStore.ts";
import { buildExplorer } from "../web/buildExplorer.ts";
import { serveExplorer } from "../web/serveExplorer.ts";
import { createLoaders } from "./createLoaders.ts";
import type { DocumentWriter, GraphQLContext } from "./GraphQLContext.ts";
import { readBody } from "./readBody.ts";

/**
 * Largest request body accepted, in bytes: a 20 MB PDF in base64 (about 27 MB) with room for the rest of
 * the request. Larger bodies are refused with 413 before any of them is parsed.
 */
export const MAX_BODY_BYTES = 30 * 1024 * 1024;

/**
 * Answers are encoded here rather than by `res.end(string)`, which measures the string's UTF-8 length and
 * then encodes it again as it writes: for a 95 KiB answer with a curly quote in it (so a two-byte string),
 * 2.9 ms of the API's CPU against 0.1-0.4 ms for TextEncoder.
 */
const UTF8 = new TextEncoder();

export interface HttpServerOptions {
  port: number;
  host: string;
  store: GraphStore;
  writer: DocumentWriter;
  /** Mutations need `Authorization: Bearer <apiKey>`; without one configured they are refused. */
  apiKey: string | undefined;
  /** Overrides MAX_BODY_BYTES (tests). */
  maxBodyBytes?: number;
}

/**
 * Serves over HTTP: `/health` for a load balancer (200 when the database answers, 503 with the reason when
 * it does not), the API at `/graphql` (GraphiQL for a browser, GraphQL for POST and GET requests), and the
 * explorer's pages at `/` and below (built from `web/` at start). Each GraphQL request gets fresh loaders,
 * and the writer only with the right API key. Returns the URL of `/graphql`; stop it with `server.stop()`,
 * which drains requests in flight.
 */
export async function startHttpServer(
  server: ApolloServer<GraphQLContext>,
  options: HttpServerOptions,
): Promise<{ url: string }> {
  await assertPortFree(options.host, options.port);
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const explorer = serveExplorer(await buildExplorer());
  const httpServer = createHttpServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path !== "/health" && path !== "/graphql" && path !== "/graphql/") {
      explorer(req, res);
      return;
    }
    const handled = path === "/health" ? answerHealth(res, options.store) : answerGraphQL(req, res);
    handled.catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: "Internal server error" }] });
      else res.destroy(error as Error);
    });
  });

  async function answerGraphQL(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader("access-control-allow-origin", "*");
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        "access-control-allow-methods": "GET,HEAD,POST",
        "access-control-allow-headers": req.headers["access-control-request-headers"] ?? "content-type",
      });
      res.end();
      return;
    }
    const body = await readBody(req, maxBodyBytes);
    if (!body.ok) {
      sendJson(res, body.status, { errors: [{ message: body.message, extensions: { code: body.code } }] });
      return;
    }
    const headers = new Map<string, string>();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const request: HTTPGraphQLRequest = {
      method: (req.method ?? "GET").toUpperCase(),
      headers: new HeaderMap(headers),
      search: new URL(req.url ?? "/", "http://localhost").search,
      body: body.value,
    };
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: request,
      context: async () => ({
        store: options.store,
        loaders: createLoaders(options.store),
        ...authorise(req, options),
      }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.end(UTF8.encode(response.body.string));
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  server.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer }));
  await server.start();
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const { port } = httpServer.address() as { port: number };
  return { url: apiUrl(options.host, port) };
}

/** The URL of the API at `host` (an IPv6 address in brackets) and `port`. */
export function apiUrl(host: string, port: number): string {
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}/graphql`;
}

/** 200 `{status: "ready"}` when the database answers, else 503 with the reason. */
async function answerHealth(res: ServerResponse, store: GraphStore): Promise<void> {
  const health = await store.health();
  if (health.ok) sendJson(res, 200, { status: "ready", database: "up" });
  else sendJson(res, 503, { status: "unavailable", database: "down", reason: health.reason });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify(value));
}

/** Fails with a message naming the port when something already listens there. */
function assertPortFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new AppError(
          "BAD_INPUT",
          `Cannot listen on ${host}:${port} (${error.code}): set PORT to a free port`,
          {
            cause: error,
          },
        ),
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

function authorise(
  req: IncomingMessage,
  options: HttpServerOptions,
): Pick<GraphQLContext, "writer" | "writeRefusal"> {
  if (!options.apiKey)
    return { writer: null, writeRefusal: "Mutations are disabled: the server has no API_KEY" };
  const header = req.headers.authorization ?? "";
  const token = /^Bearer (.+)$/.exec(header)?.[1] ?? "";
  if (!sameSecret(token, options.apiKey)) {
    return {
      writer: null,
      writeRefusal: "Mutations need 'Authorization: Bearer <API_KEY>' with the server's key",
    };
  }
  return { writer: options.writer, writeRefusal: null };
}

/** Compares secrets in time that does not depend on where they differ. */
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
