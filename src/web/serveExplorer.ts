import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ExplorerAssets } from "./buildExplorer.ts";

/** The title every explorer page starts with. */
export const EXPLORER_TITLE = "Ofsted graph explorer";

/** The first path segment of each explorer page; anything else is not found. */
const PAGE_ROOTS = new Set([
  "",
  "authority",
  "visit",
  "recommendation",
  "document",
  "theme",
  "service-kind",
  "graph",
]);

/**
 * A request handler for the explorer: the HTML shell at `/` and at every page's path (the script renders
 * the page from the path, so links can be shared), and the script and stylesheet under `/explorer/`,
 * each named by a hash of its content so a browser may cache it for good. Answers 404 for other paths.
 */
export function serveExplorer(assets: ExplorerAssets): (req: IncomingMessage, res: ServerResponse) => void {
  const jsName = `/explorer/app-${hash(assets.js)}.js`;
  const cssName = `/explorer/app-${hash(assets.css)}.css`;
  const shell = renderShell(jsName, cssName);
  const files = new Map([
    [jsName, { type: "text/javascript; charset=utf-8", body: assets.js }],
    [cssName, { type: "text/css; charset=utf-8", body: assets.css }],
  ]);
  return (req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (req.method !== "GET" && req.method !== "HEAD")
      return send(res, 405, "text/plain", "Method not allowed");
    const file = files.get(path);
    if (file) {
      res.setHeader("cache-control", "public, max-age=31536000, immutable");
      return send(res, 200, file.type, file.body, req.method === "HEAD");
    }
    const root = path.split("/")[1] ?? "";
    if (PAGE_ROOTS.has(root) && !path.startsWith("/explorer/")) {
      res.setHeader("cache-control", "no-cache");
      return send(res, 200, "text/html; charset=utf-8", shell, req.method === "HEAD");
    }
    return send(res, 404, "text/plain; charset=utf-8", "Not found");
  };
}

function send(res: ServerResponse, status: number, type: string, body: string, headOnly = false): void {
  res.statusCode = status;
  res.setHeader("content-type", type);
  res.setHeader("x-content-type-options", "nosniff");
  res.end(headOnly ? undefined : body);
}

function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 12);
}

function renderShell(jsName: string, cssName: string): string {
  return `<!doctype html>
<html lang="en" class="govuk-template">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${EXPLORER_TITLE}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${cssName}">
</head>
<body class="govuk-template__body">
<script>document.body.className += " js-enabled govuk-frontend-supported";</script>
<div id="app"><p class="govuk-body" style="margin:2em">Loading the explorer&#x2026;</p></div>
<noscript><p class="govuk-body" style="margin:2em">The explorer needs JavaScript. The same data is at <a href="/graphql">/graphql</a>.</p></noscript>
<script src="${jsName}" defer></script>
</body>
</html>
`;
}
