import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { createServer } from "node:net";
import type { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { AppError } from "../domain/AppError.ts";
import type { GraphStore } from "../store/GraphStore.ts";
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
 * Serves the API over HTTP at `/graphql` (GraphiQL for a browser, GraphQL for POST and GET requests).
 * Each request gets fresh loaders, and the writer only with the right API key. Returns the URL; stop
 * it with `server.stop()`, which drains requests in flight.
 */
export async function startHttpServer(
  server: ApolloServer<GraphQLContext>,
  options: HttpServerOptions,
): Promise<{ url: string }> {
  await assertPortFree(options.host, options.port);
  const { url } = await startStandaloneServer(server, {
    listen: { port: options.port, host: options.host },
    context: async ({ req }) => ({
      store: options.store,
      loaders: createLoaders(options.store),
      ...authorise(req, options),
    }),
  });
  return { url: new URL("/graphql", url).toString() };
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
