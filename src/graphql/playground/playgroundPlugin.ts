import type { ApolloServerPlugin } from "@apollo/server";
import { parse } from "graphql";
import { loadGraphiqlAssets } from "./loadGraphiqlAssets.ts";
import type { PlaygroundExample } from "./PlaygroundExample.ts";
import { renderPlaygroundPage } from "./renderPlaygroundPage.ts";

/** What the playground shows and where it sends operations. */
export interface PlaygroundOptions {
  /** Where GraphiQL POSTs operations: a path on the same server (`/graphql`) or an absolute URL. */
  readonly endpoint: string;
  /** Ready-to-run operations, one GraphiQL tab each, the first one open. */
  readonly examples: ReadonlyArray<PlaygroundExample>;
}

/**
 * An Apollo Server plugin whose landing page is GraphiQL, working with no internet: the page inlines
 * GraphiQL, React and their stylesheet (read from node_modules once, at server start), so a browser
 * loads nothing from any CDN. Apollo serves the page for a GET that accepts `text/html`, such as a
 * browser opening the endpoint; it replaces Apollo's default landing page (Apollo Sandbox, which
 * needs Apollo's CDN).
 *
 * Throws at once if an example's query is not valid GraphQL syntax; server start fails if GraphiQL's
 * or React's browser builds cannot be read.
 *
 * @example
 * ```ts
 * new ApolloServer({
 *   typeDefs,
 *   resolvers,
 *   plugins: [
 *     playgroundPlugin({
 *       endpoint: "/graphql",
 *       examples: [{ name: "Greeting", query: "query Greeting { hello }" }],
 *     }),
 *   ],
 * });
 * ```
 */
export function playgroundPlugin(options: PlaygroundOptions): ApolloServerPlugin {
  for (const example of options.examples) {
    try {
      parse(example.query);
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new Error(`GraphQL playground example "${example.name}" is not valid GraphQL: ${reason}`, {
        cause,
      });
    }
  }
  return {
    async serverWillStart() {
      const html = renderPlaygroundPage(await loadGraphiqlAssets(), options);
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
