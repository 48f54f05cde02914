import { timingSafeEqual } from "node:crypto";
import { createServer as createHttpServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { createServer } from "node:net";
import type { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { AppError } from "../domain/AppError.ts";
import type { GraphStore } from "../store/GraphStore.ts";
import { buildExplorer } from "../web/buildExplorer.ts";
import { handleGraphQLRequest } from "../web/handleGraphQLRequest.ts";
import { serveExplorer } from "../web/serveExplorer.ts";
import { createLoaders } from "./createLoaders.ts";
import type { DocumentWriter, GraphQLContext } from "./GraphQLContext.ts";

export interface HttpServerOptions {
  port: number;
  host: string;
  store: GraphStore;
  writer: DocumentWriter;
  /** Mutations need `Authorization: Bearer <apiKey>`; without one configured they are refused. */
  apiKey: string | undefined;
}

/**
 * Serves the API over HTTP at `/graphql` (GraphiQL for a browser, GraphQL for POST and GET requests) and
 * the explorer's pages at `/` and below (built from `web/` at start). Each GraphQL request gets fresh
 * loaders, and the writer only with the right API key. Returns the API's URL; stop it with
 * `server.stop()`, which drains requests in flight and closes the port.
 */
export async function startHttpServer(
  server: ApolloServer<GraphQLContext>,
  options: HttpServerOptions,
): Promise<{ url: string }> {
  await assertPortFree(options.host, options.port);
  const explorer = serveExplorer(await buildExplorer());
  const httpServer = createHttpServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path !== "/graphql" && path !== "/graphql/") return explorer(req, res);
    const context = async () => ({
      store: options.store,
      loaders: createLoaders(options.store),
      ...authorise(req, options),
    });
    handleGraphQLRequest(server, req, res, context).catch((error: unknown) => {
      if (!res.headersSent) res.statusCode = 500;
      res.end();
      req.destroy(error instanceof Error ? error : undefined);
    });
  });
  server.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer }));
  await server.start();
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return { url: `http://${host === "0.0.0.0" || host === "[::]" ? "localhost" : host}:${port}/graphql` };
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
