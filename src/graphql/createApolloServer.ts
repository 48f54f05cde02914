import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import depthLimit from "graphql-depth-limit";
import type { Logger } from "../log/createLogger.ts";
import { admissionPlugin } from "./admissionPlugin.ts";
import { EXAMPLE_QUERIES } from "./exampleQueries.ts";
import { createFormatError } from "./formatError.ts";
import type { GraphQLContext } from "./GraphQLContext.ts";
import { loadTypeDefs } from "./loadTypeDefs.ts";
import { playgroundPlugin } from "./playground/playgroundPlugin.ts";
import { queryLimitsPlugin } from "./queryLimitsPlugin.ts";
import { resolvers } from "./resolvers/index.ts";

/** Deepest query accepted: enough for authority → visit → finding → service → kind through connections. */
export const MAX_QUERY_DEPTH = 14;

/**
 * The API's Apollo Server, built but not listening: schema from `schema/*.graphql`, resolvers, depth and
 * cost limits, operations admitted a few at a time in arrival order, errors shaped for clients, and the offline GraphiQL playground as the landing page.
 */
export function createApolloServer(logger: Logger): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    validationRules: [depthLimit(MAX_QUERY_DEPTH)],
    includeStacktraceInErrorResponses: false,
    // The playground is how users explore the graph: it needs introspection, which Apollo turns off by
    // default when NODE_ENV is production (as the CLI sets it).
    introspection: true,
    // The CLI stops the server, the driver and the local Neo4j in order on SIGINT/SIGTERM; Apollo's own
    // handlers would re-raise the signal and end the process before the rest is stopped.
    stopOnTerminationSignals: false,
    formatError: createFormatError((error) => logger.error({ err: error }, "resolver failed")),
    plugins: [
      // Nothing here sets cache hints; left on, Apollo wraps every field's resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
      admissionPlugin(),
      queryLimitsPlugin(),
      playgroundPlugin({ endpoint: "/graphql", examples: EXAMPLE_QUERIES }),
    ],
  });
}
