import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";

/** Debian's Chromium (`apt-get install -y chromium`); browser tests are skipped without it. */
export const CHROMIUM = "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);
/** Headless, and none of the browser's own calls home (updates, sync, background fetches). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** How long a check of the page may wait for GraphiQL to catch up: generous, for a loaded CI machine. */
export const PATIENCE = { timeout: 20_000 };

export interface OfflineBrowser {
  page: Page;
  /** Requests the page tried to send anywhere but `origin` (all were refused). */
  offOrigin: string[];
  /** Uncaught errors in the page. */
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * Lets the context reach only `origin`: every other request is aborted as if the machine had no internet.
 * Returns the list the refused requests' URLs are added to.
 */
export async function keepToOrigin(context: BrowserContext, origin: string): Promise<string[]> {
  const offOrigin: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    offOrigin.push(url);
    return route.abort("internetdisconnected");
  });
  return offOrigin;
}

/**
 * Headless Chromium with a fresh profile that reaches only `origin`: every other request is aborted as
 * if the machine had no internet, and recorded.
 */
export async function openOfflineBrowser(origin: string): Promise<OfflineBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), "ofsted-graph-chromium-"));
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  const offOrigin = await keepToOrigin(context, origin);
  const pageErrors: string[] = [];
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => pageErrors.push(error.message));
  return {
    page,
    offOrigin,
    pageErrors,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The lines of one of GraphiQL's CodeMirror editors (the first one under `editor`), without line numbers. */
export async function editorText(page: Page, editor: string): Promise<string> {
  const lines = await page.locator(editor).first().locator(".CodeMirror-line").allTextContents();
  return lines.join("\n");
}
