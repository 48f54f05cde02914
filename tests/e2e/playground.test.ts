import { stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlaygroundExample } from "../../src/graphql/playground/PlaygroundExample.ts";
import { playgroundPlugin } from "../../src/graphql/playground/playgroundPlugin.ts";
import { PLAYGROUND_TITLE } from "../../src/graphql/playground/renderPlaygroundPage.ts";
import {
  CHROMIUM,
  editorText,
  hasChromium,
  type OfflineBrowser,
  openOfflineBrowser,
  PATIENCE,
} from "../helpers/offlineBrowser.ts";

// Serves the playground from a real Apollo Server with a tiny schema, then drives it in Debian's headless
// Chromium with every request that leaves the server's origin aborted and recorded: the page must render
// GraphiQL and run the prefilled examples with no internet. The browser test needs /usr/bin/chromium
// (`apt-get install -y chromium`); without it, it is skipped.

/** Where the browser test leaves its screenshot of the playground, for a person to look at. */
const SCREENSHOT = join(tmpdir(), "ofsted-graph-playground.png");

const typeDefs = `#graphql
  type Query {
    hello(name: String): String!
    answer: Int!
  }
`;

const resolvers = {
  Query: {
    hello: (_: unknown, args: { name?: string | null }) => `Hello, ${args.name ?? "world"}!`,
    answer: () => 42,
  },
};

const examples: PlaygroundExample[] = [
  {
    name: "Say hello",
    query: "query Greeting($name: String) { hello(name: $name) }",
    variables: { name: "Ofsted" },
  },
  { name: "The answer", query: "query Answer {\n  answer\n}" },
];

describe("GraphQL playground", () => {
  let server: ApolloServer;
  let origin: string;

  beforeAll(async () => {
    server = new ApolloServer({
      typeDefs,
      resolvers,
      plugins: [playgroundPlugin({ endpoint: "/graphql", examples })],
    });
    const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } });
    origin = new URL(url).origin;
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("serves one self-contained HTML page that names no other origin", async () => {
    const response = await fetch(`${origin}/graphql`, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain("<title>Ofsted graph &#x2014; GraphQL playground</title>");
    expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(html).not.toMatch(/<link[^>]*\srel="?stylesheet/i);
    expect(html).not.toMatch(/@import|url\(\s*["']?(https?:)?\/\//i);
  });

  it("refuses an example that is not valid GraphQL, naming it", () => {
    expect(() =>
      playgroundPlugin({ endpoint: "/graphql", examples: [{ name: "Broken", query: "{ hello" }] }),
    ).toThrow(/"Broken" is not valid GraphQL/);
  });

  describe("in a browser with no internet", () => {
    let browser: OfflineBrowser;
    let page: OfflineBrowser["page"];

    beforeAll(async () => {
      if (!hasChromium) return;
      browser = await openOfflineBrowser(origin);
      page = browser.page;
    });

    afterAll(async () => {
      await browser?.close();
    });

    it.skipIf(!hasChromium)(
      `renders GraphiQL with the examples as tabs and runs them${hasChromium ? "" : ` (skipped: no ${CHROMIUM}; apt-get install -y chromium)`}`,
      async () => {
        await page.goto(`${origin}/graphql`);
        expect(await page.title()).toBe(PLAYGROUND_TITLE);

        const tabs = page.locator(".graphiql-tab");
        await expect.poll(() => tabs.allInnerTexts(), PATIENCE).toEqual(["Greeting", "Answer"]);
        await expect
          .poll(() => editorText(page, ".graphiql-query-editor"), PATIENCE)
          .toContain("# Say hello");
        expect(await editorText(page, ".graphiql-query-editor")).toContain("query Greeting($name: String)");

        // The first example is open: run it with the run button.
        await page.locator(".graphiql-execute-button").click();
        await expect
          .poll(() => editorText(page, ".graphiql-response"), PATIENCE)
          .toContain('"hello": "Hello, Ofsted!"');
        await page.screenshot({ path: SCREENSHOT });
        expect((await stat(SCREENSHOT)).size).toBeGreaterThan(10_000);

        // The second example: switch tabs and run it with Ctrl+Enter.
        await tabs.nth(1).click();
        await expect
          .poll(() => editorText(page, ".graphiql-query-editor"), PATIENCE)
          .toContain("# The answer");
        await page.locator(".graphiql-query-editor .CodeMirror").click();
        // GraphiQL re-reads the operation name 100 ms (debounced) after the tab switch; a run sent sooner
        // names the previous tab's operation and answers with an error. A person would press again, so do
        // that, but only while no run is in flight: pressing then would stop it instead.
        const executeButton = page.locator(".graphiql-execute-button");
        await expect
          .poll(
            async () => {
              const response = await editorText(page, ".graphiql-response");
              const idle = (await executeButton.getAttribute("aria-label"))?.startsWith("Execute");
              if (!response.includes('"answer"') && idle) await page.keyboard.press("Control+Enter");
              return response;
            },
            { ...PATIENCE, interval: 500 },
          )
          .toContain('"answer": 42');

        // A reload restores the saved tabs as they were, with no stray tab added.
        await page.reload();
        await expect.poll(() => tabs.allInnerTexts(), PATIENCE).toEqual(["Greeting", "Answer"]);
        await expect
          .poll(() => editorText(page, ".graphiql-query-editor"), PATIENCE)
          .toContain("# The answer");

        expect(browser.offOrigin).toEqual([]);
        expect(browser.pageErrors).toEqual([]);
      },
    );
  });
});
