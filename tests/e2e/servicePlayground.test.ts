import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Executor } from "../../src/db/Executor.ts";
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

// The service's own playground, on the seeded graph, in a browser that can reach nothing but the service:
// the first example (services recurring across visits) runs and shows MASH and MACE.

describe.skipIf(!hasChromium)(
  `the service's playground${hasChromium ? "" : ` (skipped: no ${CHROMIUM})`}`,
  () => {
    let executor: Executor;
    let api: TestApi;
    let browser: OfflineBrowser;

    beforeAll(async () => {
      ({ executor, api } = await openSeededApi());
      browser = await openOfflineBrowser(new URL(api.url).origin);
    });
    afterAll(async () => {
      await browser?.close();
      await closeSeededApi(executor, api);
    });

    it("runs the recurring-services example with no internet and shows its answer", async () => {
      const { page } = browser;
      await page.goto(api.url);
      await expect.poll(() => page.locator(".graphiql-tab").count(), PATIENCE).toBeGreaterThanOrEqual(5);
      await expect
        .poll(() => editorText(page, ".graphiql-query-editor"), PATIENCE)
        .toContain("recurringServices");
      const answered = page.waitForResponse(
        (r) =>
          r.request().method() === "POST" && (r.request().postData() ?? "").includes("recurringServices"),
      );
      await page.locator(".graphiql-execute-button").click();
      const body = await (await answered).json();
      const kinds = body.data.recurringServices.map(
        (r: { kind: { acronym: string | null } }) => r.kind.acronym,
      );
      expect(kinds).toEqual(expect.arrayContaining(["MASH", "MACE"]));
      // The result pane shows it (CodeMirror draws only the lines in view: its start is enough).
      await expect
        .poll(() => editorText(page, ".graphiql-response"), PATIENCE)
        .toContain('"recurringServices": [');
      expect(await editorText(page, ".graphiql-response")).toContain('"visitCount": 2');
      expect(browser.offOrigin).toEqual([]);
      expect(browser.pageErrors).toEqual([]);
    });
  },
);
