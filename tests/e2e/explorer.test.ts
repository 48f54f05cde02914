import { mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Executor } from "../../src/db/Executor.ts";
import { WORKED_EXAMPLE_REPORTS } from "../helpers/fixtures.ts";
import {
  CHROMIUM,
  editorText,
  hasChromium,
  type OfflineBrowser,
  openOfflineBrowser,
  PATIENCE,
} from "../helpers/offlineBrowser.ts";
import { closeSeededApi, openSeededApi } from "../helpers/seededApi.ts";
import type { TestApi } from "../helpers/startTestApi.ts";

// The explorer's pages, served by the real service on a real Neo4j holding the seeds and the four corpus
// reports of the worked examples, driven in Debian's headless Chromium with every request off the
// service's origin aborted and recorded. Each test saves a screenshot under tests/e2e/screenshots/.

const SCREENSHOTS = fileURLToPath(new URL("./screenshots/", import.meta.url));
const skipped = hasChromium ? "" : ` (skipped: no ${CHROMIUM}; apt-get install -y chromium)`;

let executor: Executor;
let api: TestApi;
let origin: string;
let browser: OfflineBrowser;
let page: OfflineBrowser["page"];
const consoleErrors: string[] = [];

beforeAll(async () => {
  ({ executor, api } = await openSeededApi(WORKED_EXAMPLE_REPORTS));
  origin = new URL(api.url).origin;
  await mkdir(SCREENSHOTS, { recursive: true });
  if (!hasChromium) return;
  browser = await openOfflineBrowser(origin);
  page = browser.page;
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
});
afterAll(async () => {
  await browser?.close();
  await closeSeededApi(executor, api);
});

async function screenshot(name: string): Promise<void> {
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  expect((await stat(path)).size).toBeGreaterThan(10_000);
}

/** The 2018 Hertfordshire recommendation on thresholds with adolescents, found through the API. */
async function thresholdsRecommendation(): Promise<string> {
  const { body } = await api.post(
    `{ recommendations(filter: { authorityId: "hertfordshire", themeId: "thresholds" }, first: 50) { nodes { id text visit { id } } } }`,
  );
  const match = body.data.recommendations.nodes.find(
    (r: any) => r.visit.id.startsWith("hertfordshire/2018") && /thresholds with adolescents/i.test(r.text),
  );
  expect(match).toBeDefined();
  return match.id;
}

describe("the explorer's server", () => {
  it("serves the page shell at / and at every page's path, its assets from itself, 404 elsewhere", async () => {
    for (const path of ["/", "/authority/hertfordshire", "/graph/visit%3Ahertfordshire%2F2018-10"]) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('<div id="app">');
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
    }
    const html = await (await fetch(`${origin}/`)).text();
    const css = /href="(\/explorer\/app-[0-9a-f]+\.css)"/.exec(html)?.[1];
    const js = /src="(\/explorer\/app-[0-9a-f]+\.js)"/.exec(html)?.[1];
    expect((await fetch(`${origin}${css}`)).headers.get("content-type")).toMatch(/^text\/css/);
    expect((await fetch(`${origin}${js}`)).headers.get("content-type")).toMatch(/^text\/javascript/);
    // GOV.UK's typeface is licensed for GOV.UK only: its font faces are left out.
    expect(await (await fetch(`${origin}${css}`)).text()).not.toMatch(/GDS Transport|\/fonts\//);
    expect((await fetch(`${origin}/nothing-here`)).status).toBe(404);
    // GraphQL is still answered at /graphql.
    const { status, body } = await api.post("{ stats { documents } }");
    expect(status).toBe(200);
    expect(body.data.stats.documents).toBeGreaterThan(5);
  });
});

describe.skipIf(!hasChromium)(`the explorer in a browser with no internet${skipped}`, () => {
  it("home: counts, every authority's latest grade sortable, recent visits, search finds 'return home interviews'", async () => {
    await page.goto(`${origin}/`);
    await expect.poll(() => page.locator("#counts").innerText(), PATIENCE).toMatch(/authorities/);
    const names = () => page.locator("#authorities tbody tr td:first-child").allInnerTexts();
    await expect.poll(names, PATIENCE).toContain("Hertfordshire");
    const byName = await names();
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b)));
    await page.getByRole("button", { name: /Authority/ }).click();
    expect(await names()).toEqual([...byName].reverse());
    expect(await page.locator("#recent-visits li").count()).toBeGreaterThan(0);

    await page.locator("#search").fill("return home interviews");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    const results = page.locator("#search-results .explorer-result");
    await expect.poll(() => results.count(), PATIENCE).toBeGreaterThan(0);
    expect((await results.allInnerTexts()).join("\n")).toMatch(/return home interview/i);
    await screenshot("home-search");
  });

  it("authority: Hertfordshire's visits with grades, and the 2018 thresholds recommendation IMPROVED in 2021", async () => {
    const id = await thresholdsRecommendation();
    await page.goto(`${origin}/authority/hertfordshire`);
    await expect.poll(() => page.locator("h1").innerText(), PATIENCE).toBe("Hertfordshire");
    const visits = page.locator("#visits tbody tr");
    await expect.poll(() => visits.count(), PATIENCE).toBeGreaterThan(2);
    const visitText = (await visits.allInnerTexts()).join("\n");
    expect(visitText).toMatch(/2018/);
    expect(visitText).toMatch(/Good|Requires improvement|Outstanding|Inadequate/);
    expect(await page.locator(".explorer-chart canvas").count()).toBeGreaterThan(0);
    await screenshot("authority-hertfordshire-timeline");

    const recommendation = page.locator(`[data-recommendation="${id}"]`);
    await expect.poll(() => recommendation.innerText(), PATIENCE).toMatch(/thresholds with adolescents/i);
    const badge = recommendation.locator('[data-follow-up="hertfordshire/2021-07"] [data-status]');
    await expect.poll(() => badge.getAttribute("data-status"), PATIENCE).toBe("IMPROVED");
    await recommendation.scrollIntoViewIfNeeded();
    await screenshot("authority-hertfordshire");
    const heatMap = page.locator("#theme-heatmap");
    await expect.poll(() => heatMap.count(), PATIENCE).toBe(1);
    expect(await heatMap.innerText()).toMatch(/Thresholds/);
    await heatMap.scrollIntoViewIfNeeded();
    await screenshot("authority-hertfordshire-themes");

    // The page's query opens in the playground, ready to run.
    await page.locator(".explorer-playground-link a").last().click();
    await expect
      .poll(() => editorText(page, ".graphiql-query-editor"), PATIENCE)
      .toContain("query Authority($id: ID!)");
  });

  it("visit: opened from the authority's timeline, its grades, inspectors, documents, recommendations and findings by theme", async () => {
    await page.goto(`${origin}/authority/hertfordshire`);
    const link = page.locator('#visits tr[data-visit="hertfordshire/2018-10"] a[href^="/visit/"]');
    await expect.poll(() => link.count(), PATIENCE).toBe(1);
    await link.click();
    await expect.poll(() => page.locator("h1").innerText(), PATIENCE).toMatch(/inspection, 15 October 2018/i);
    expect(new URL(page.url()).pathname).toBe(`/visit/${encodeURIComponent("hertfordshire/2018-10")}`);
    const summary = await page.locator("#visit-summary").innerText();
    expect(summary).toMatch(/Good|Requires improvement|Outstanding|Inadequate/);
    expect(summary).toMatch(/Nigel Parkes \(lead\)/);
    // The Ofsted report, the council's cabinet paper and the news article all describe this visit.
    expect(await page.locator("#visit-summary a[href^='/document/']").count()).toBe(3);
    expect(summary).toMatch(/Next:\s*Focused visit, 21 July 2021/);
    expect(await page.locator("#visit-recommendations li").count()).toBeGreaterThan(2);

    const groups = page.locator("#visit-findings .explorer-theme-group");
    await expect.poll(() => groups.count(), PATIENCE).toBeGreaterThan(3);
    await screenshot("visit-hertfordshire-2018");
    const largest = groups.first();
    expect(await largest.getAttribute("data-theme")).not.toBe("");
    await largest.locator("summary").click();
    const tags = await largest
      .locator("[data-polarity]")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-polarity")));
    expect(tags.length).toBeGreaterThan(0);
    expect(tags.every((t) => ["STRENGTH", "WEAKNESS", "MIXED", "NEUTRAL"].includes(t ?? ""))).toBe(true);
    expect(await largest.innerText()).toMatch(/\((Ofsted report|Council report|News article)/);
    await largest.scrollIntoViewIfNeeded();
    await screenshot("visit-findings-by-theme");
    await largest.locator(".explorer-passage-link").first().click();
    await expect.poll(() => page.locator(".explorer-target").count(), PATIENCE).toBe(1);
    expect(page.url()).toMatch(/\/document\/.*#passage-\d+-\d+$/);
  });

  it("recommendation: each later visit's status with evidence that opens its document at the passage", async () => {
    const id = await thresholdsRecommendation();
    await page.goto(`${origin}/recommendation/${encodeURIComponent(id)}`);
    const followUp = page.locator('[data-follow-up="hertfordshire/2021-07"]');
    await expect.poll(() => followUp.innerText(), PATIENCE).toMatch(/Improved/);
    expect(await followUp.innerText()).toMatch(/confidence/);
    // A follow-up held with less than high confidence tells the reader to check the evidence; a high one does not.
    for (const section of await page.locator(".explorer-follow-up").all()) {
      const heading = await section.locator("h3").innerText();
      const note = section.locator(".explorer-confidence-note");
      expect(await note.count()).toBe(/high confidence/i.test(heading) ? 0 : 1);
    }
    await screenshot("recommendation");
    await followUp.scrollIntoViewIfNeeded();
    await screenshot("recommendation-follow-ups");

    const evidence = followUp.locator(".explorer-evidence .explorer-passage-link").first();
    const href = (await evidence.getAttribute("href")) ?? "";
    const anchor = /#(passage-\d+-\d+)$/.exec(href)?.[1];
    expect(anchor).toBeDefined();
    const quoted = (await followUp.locator(".explorer-evidence li").first().innerText())
      .split("”")[0]!
      .replace(/^.*“/s, "");
    await evidence.click();
    const passage = page.locator(`#${anchor}`);
    await expect.poll(() => passage.count(), PATIENCE).toBe(1);
    expect(page.url()).toContain(`/document/`);
    expect((await passage.innerText()).replace(/\s+/g, " ")).toBe(quoted.replace(/\s+/g, " ").trim());
    await expect.poll(() => passage.getAttribute("class"), PATIENCE).toMatch(/explorer-target/);
    expect(await passage.isVisible()).toBe(true);
    // Findings are highlighted by polarity and recommendations marked.
    expect(await page.locator(".explorer-finding--strength").count()).toBeGreaterThan(1);
    await screenshot("document-at-passage");
  });

  it("graph: draws Hertfordshire's neighbourhood and adds a visit's neighbours on click", async () => {
    await page.goto(`${origin}/graph/${encodeURIComponent("authority:hertfordshire")}`);
    await expect
      .poll(() => page.evaluate(() => (globalThis as any).explorerGraph?.nodes().length ?? 0), PATIENCE)
      .toBeGreaterThan(3);
    const before = await page.evaluate(() => (globalThis as any).explorerGraph!.nodes().length);
    const visitKey = "visit:hertfordshire/2018-10";
    const position = await page.evaluate((key) => {
      const node = (globalThis as any).explorerGraph!.getElementById(key);
      return node.empty() ? null : node.renderedPosition();
    }, visitKey);
    expect(position).not.toBeNull();
    const box = (await page.locator("#graph").boundingBox())!;
    await page.mouse.click(box.x + position!.x, box.y + position!.y);
    await expect
      .poll(() => page.evaluate(() => (globalThis as any).explorerGraph!.nodes().length), PATIENCE)
      .toBeGreaterThan(before);
    const added: string[] = await page.evaluate(() =>
      (globalThis as any).explorerGraph!.nodes().map((n: any) => n.id() as string),
    );
    expect(added.some((key) => key.startsWith("recommendation:"))).toBe(true);
    expect(added).toContain("visit:hertfordshire/2021-07");
    await screenshot("graph-hertfordshire");
  });

  it("theme and service-kind pages show counts, a chart and examples", async () => {
    await page.goto(`${origin}/theme/thresholds`);
    await expect.poll(() => page.locator("#theme-counts").innerText(), PATIENCE).toMatch(/recommendations/);
    expect(await page.locator(".explorer-chart canvas").count()).toBe(1);
    await screenshot("theme-thresholds");
    await page.goto(`${origin}/service-kind/mash`);
    await expect.poll(() => page.locator("h1").innerText(), PATIENCE).toMatch(/MASH|multi-agency/i);
    await screenshot("service-kind-mash");
  });

  it("shows a plain message for an unknown id and an empty state for a recommendation with no later visit", async () => {
    await page.goto(`${origin}/authority/no-such-council`);
    await expect.poll(() => page.locator("h1").innerText(), PATIENCE).toBe("Not found");
    const { body } = await api.post(
      `{ recommendations(filter: { authorityId: "herefordshire" }, order: DESC, first: 1) { nodes { id } } }`,
    );
    const latest = body.data.recommendations.nodes[0].id;
    await page.goto(`${origin}/recommendation/${encodeURIComponent(latest)}`);
    await expect.poll(() => page.locator("#no-follow-up").count(), PATIENCE).toBe(1);
  });

  it("made no request off the service's origin and logged no error", () => {
    expect(browser.offOrigin).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
