/**
 * The peer API, run by the bench in a process of its own: `@neo4j/graphql` with type definitions equivalent
 * to ours (see peerSchema.ts), served by Apollo Server's standalone HTTP server as ours is.
 *
 *   peerServer.ts <bolt uri> <port>
 *
 * Prints `PEER_READY <url>` on stdout once it listens; stops cleanly on SIGTERM or SIGINT.
 */
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";
import neo4j from "neo4j-driver";
import { createPeerSchema } from "./peerSchema.ts";

const [uri, port] = process.argv.slice(2);
const driver = neo4j.driver(uri as string, undefined, {
  maxConnectionPoolSize: 50,
  connectionAcquisitionTimeout: 30_000,
});
const server = new ApolloServer({
  schema: await createPeerSchema(driver),
  plugins: [ApolloServerPluginCacheControlDisabled()],
});
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(port), host: "127.0.0.1" },
  context: async () => ({}),
});
process.stdout.write(`PEER_READY ${new URL("/graphql", url)}\n`);
const stop = async () => {
  await server.stop();
  await driver.close();
  process.exit(0);
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
