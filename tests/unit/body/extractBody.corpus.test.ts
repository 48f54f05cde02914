import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Finding, Recommendation, Service } from "../../../src/domain/InspectionRecord.ts";
import { extractBody } from "../../../src/extract/body/extractBody.ts";
import type { NormalisedDocument } from "../../../src/extract/NormalisedDocument.ts";
import { readPdf } from "../../../src/extract/pdf/readPdf.ts";

// A sample of the shared corpus, one report per period and format; skipped where the corpus is absent.
const corpusDir = fileURLToPath(new URL("../../../../shared/corpus/ilacs/", import.meta.url));
const hasCorpus = existsSync(corpusDir);

async function report(file: string, authorityId: string) {
  const doc: NormalisedDocument = await readPdf(
    file,
    "0".repeat(64),
    new Uint8Array(readFileSync(corpusDir + file)),
  );
  return { doc, body: extractBody(doc, { kind: "OFSTED_REPORT", authorityId }) };
}

const SAMPLE = [
  ["80418_norfolk__children-s-services-inspection-pdf-16-august-2013.pdf", "norfolk", 17],
  ["80429_birmingham__23-may-2014.pdf", "birmingham", 16],
  ["80475_hertfordshire__27-november-2015.pdf", "hertfordshire", 9],
  ["80475_hertfordshire__19-november-2018.pdf", "hertfordshire", 3],
  ["80474_herefordshire__21-september-2022.pdf", "herefordshire", 9],
  ["80475_hertfordshire__10-march-2023.pdf", "hertfordshire", 3],
  ["80449_bradford__21-may-2026.pdf", "bradford", 5],
] as const;

describe.skipIf(!hasCorpus)("extractBody over corpus reports", () => {
  it.each(SAMPLE)(
    "%s: its recommendations, and findings that hold to the record schema",
    async (file, authority, count) => {
      const { doc, body } = await report(file, authority);
      expect(body.recommendations).toHaveLength(count);
      expect(body.findings.length).toBeGreaterThan(50);
      const pageCount = doc.pages.length;
      for (const item of body.recommendations) Recommendation.parse(item);
      for (const item of body.findings) Finding.parse(item);
      for (const item of [...body.recommendations, ...body.findings]) {
        expect(doc.text.slice(item.span.start, item.span.end).replace(/\s+/g, " ")).toContain(
          item.text.replace(/\s+/g, " "),
        );
        expect(item.span.page).toBeGreaterThanOrEqual(1);
        expect(item.span.page).toBeLessThanOrEqual(pageCount);
        expect(item.text).not.toMatch(/Crown copyright|Piccadilly Gate|enquiries@ofsted/);
      }
      for (const service of body.services) Service.parse(service);
      expect(new Set(body.findings.map((f) => f.polarity))).toEqual(
        new Set(["STRENGTH", "WEAKNESS", "MIXED", "NEUTRAL"]),
      );
    },
  );

  it("reads Hertfordshire 2018's three recommendations, as the news article and council report summarise them", async () => {
    const { body } = await report("80475_hertfordshire__19-november-2018.pdf", "hertfordshire");
    expect(body.recommendations.map((r) => r.text)).toEqual([
      "Achieving the right balance between support and challenge with all parents.",
      "Consistently applying thresholds with adolescents.",
      expect.stringMatching(/^Placement stability and the disproportionate number of children in care/),
    ]);
  });

  it("reads Birmingham 2014's two SIF lists and leaves out the LSCB's", async () => {
    const { body } = await report("80429_birmingham__23-may-2014.pdf", "birmingham");
    expect(body.recommendations[0]?.text).toMatch(
      /^Strengthen operational and senior management arrangements/,
    );
    expect(body.recommendations[15]?.text).toMatch(
      /^Ensure that care leavers have good, targeted and timely pathway plans/,
    );
    expect(body.recommendations.some((r) => /BSCB|LSCB/.test(r.text))).toBe(false);
  });

  it("traces Hertfordshire 2023's supervision: strong in help and protection, inconsistent for care leavers", async () => {
    const { body } = await report("80475_hertfordshire__10-march-2023.pdf", "hertfordshire");
    expect(body.recommendations[1]).toMatchObject({
      text: "Supervision and management oversight of practice in care leavers services.",
      themes: ["supervision", "care-leavers", "management-oversight"],
    });
    const supervision = body.findings.filter((f) => f.themes.includes("supervision"));
    expect(supervision.find((f) => /regular, reflective supervision/.test(f.text))?.polarity).toBe(
      "STRENGTH",
    );
    expect(supervision.find((f) => /not consistent across care leaver services/.test(f.text))?.polarity).toBe(
      "WEAKNESS",
    );
    expect(body.services.map((s) => s.id)).toContain("the-gateway");
  });
});
