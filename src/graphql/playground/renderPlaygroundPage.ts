import { createHash } from "node:crypto";
import type { GraphiqlAssets } from "./loadGraphiqlAssets.ts";
import type { PlaygroundExample } from "./PlaygroundExample.ts";

/** The title of the playground's page. */
export const PLAYGROUND_TITLE = "Ofsted graph — GraphQL playground";

/** A GraphiQL tab as its `defaultTabs` prop takes it. */
interface TabDefinition {
  query: string;
  variables?: string;
}

/** What the page's start-up script reads from the page. */
interface PageConfig {
  endpoint: string;
  /** Prefix of the browser's localStorage keys; changes when the examples do. */
  storageNamespace: string;
  tabs: TabDefinition[];
}

/**
 * Runs in the browser once React, ReactDOM and GraphiQL have defined their globals: mounts GraphiQL
 * with one tab per example, the first one active. GraphiQL keeps the user's tabs and history in
 * localStorage; the keys are prefixed with a hash of the examples, so a browser that saw an older set
 * opens the current examples rather than its saved tabs.
 */
const START_SCRIPT = `(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("playground-config").textContent);
  var prefix = config.storageNamespace + ":";
  function ownKeys() {
    var keys = [];
    for (var i = 0; i < localStorage.length; i++) {
      var key = localStorage.key(i);
      if (key !== null && key.indexOf(prefix) === 0) keys.push(key);
    }
    return keys;
  }
  var storage = {
    getItem: function (key) { return localStorage.getItem(prefix + key); },
    setItem: function (key, value) { localStorage.setItem(prefix + key, value); },
    removeItem: function (key) { localStorage.removeItem(prefix + key); },
    clear: function () { ownKeys().forEach(function (key) { localStorage.removeItem(key); }); },
    get length() { return ownKeys().length; }
  };
  var props = { fetcher: GraphiQL.createFetcher({ url: config.endpoint }) };
  try {
    localStorage.getItem(prefix);
    props.storage = storage;
  } catch (storageBlocked) {
    props.storage = null;
  }
  if (config.tabs.length > 0) {
    props.defaultTabs = config.tabs;
    // GraphiQL 4 opens the first default tab without its variables: hand them over, unless saved tabs
    // are restored instead (there a variables prop would add a stray tab).
    var savedTabs = props.storage !== null && storage.getItem("graphiql:tabState") !== null;
    if (!savedTabs && config.tabs[0].variables) props.variables = config.tabs[0].variables;
  }
  // The explorer links here with "#query=...&variables=..." to open the query a page ran in a new tab.
  var shared = new URLSearchParams(location.hash.slice(1));
  if (shared.get("query")) {
    props.query = shared.get("query");
    props.variables = shared.get("variables") || undefined;
  }
  ReactDOM.createRoot(document.getElementById("graphiql")).render(React.createElement(GraphiQL, props));
})();`;

/** Page-level layout: GraphiQL fills the window. */
const PAGE_CSS = "html, body, #graphiql { height: 100%; margin: 0; } body { overflow: hidden; }";

/**
 * The playground as one self-contained HTML page: GraphiQL, React and their stylesheet (fonts included)
 * are inlined, so the browser requests nothing but the operations it sends to `endpoint`. Each example
 * becomes a tab, the first one open.
 */
export function renderPlaygroundPage(
  assets: GraphiqlAssets,
  options: { readonly endpoint: string; readonly examples: ReadonlyArray<PlaygroundExample> },
): string {
  const tabs = options.examples.map(toTab);
  const storageNamespace = `ofsted-graph-playground:${createHash("sha256")
    .update(JSON.stringify([options.endpoint, tabs]))
    .digest("hex")
    .slice(0, 12)}`;
  const config: PageConfig = { endpoint: options.endpoint, storageNamespace, tabs };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(PLAYGROUND_TITLE)}</title>
<link rel="icon" href="data:,">
<style>${inlineStyle(assets.graphiqlCss)}</style>
<style>${PAGE_CSS}</style>
</head>
<body>
<noscript>The GraphQL playground needs JavaScript. Operations can still be sent as HTTP POST requests to ${escapeHtml(options.endpoint)}.</noscript>
<main id="graphiql" aria-label="${escapeHtml(PLAYGROUND_TITLE)}"></main>
<script type="application/json" id="playground-config">${inlineJson(config)}</script>
<script>${inlineScript(assets.react)}</script>
<script>${inlineScript(assets.reactDom)}</script>
<script>${inlineScript(assets.graphiql)}</script>
<script>${START_SCRIPT}</script>
</body>
</html>
`;
}

/** An example as a GraphiQL tab: its name as a leading comment, its variables as pretty JSON. */
function toTab(example: PlaygroundExample): TabDefinition {
  const heading = `# ${example.name.replace(/\s+/g, " ").trim()}`;
  const tab: TabDefinition = { query: `${heading}\n${example.query.trim()}\n` };
  if (example.variables !== undefined) tab.variables = JSON.stringify(example.variables, null, 2);
  return tab;
}

/** Text or attribute value safe in HTML, whatever charset the response is read with. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']|[^\x20-\x7e]/g, (c) => `&#x${c.codePointAt(0)?.toString(16)};`);
}

/**
 * JavaScript safe inside `<script>`: a `<` that starts `</script` or `<!--` becomes `\x3C`, which reads
 * the same inside the strings, regular expressions and comments where such text can occur. Source-map
 * comments go: their maps are not served.
 */
function inlineScript(source: string): string {
  return source.replace(/^\/\/# sourceMappingURL=.*$/gm, "").replace(/<(?=\/script|!--)/gi, "\\x3C");
}

/** CSS safe inside `<style>`: `</style` can only occur in a string, where `\/` reads as `/`. */
function inlineStyle(source: string): string {
  return source.replace(/\/\*# sourceMappingURL=[^*]*\*\//g, "").replace(/<\/(?=style)/gi, "<\\/");
}

/** JSON safe inside `<script type="application/json">`: every `<` escaped as `\u003c`. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
