import { describe, expect, it } from "vitest";
import { pdfjsPages } from "../../../bench/pdfjsPages.ts";
import type { PageRuns } from "../../../src/extract/pdf/PageRuns.ts";
import { pdfiumPages } from "../../../src/extract/pdf/pdfiumPages.ts";
import { makePdf, type PageSetting, type PlacedText } from "./makePdf.ts";

// The reader was built on pdf.js's text items; PDFium's characters are grouped into the same runs. The
// corpus has no rotated page and no page whose box starts off the origin, so these are checked here,
// against pdf.js (kept as a dev dependency for this comparison), with the cases the reader relies on.

/** Runs without pdf.js's empty and whitespace-only items (which the reader drops), rounded. */
function comparable(pages: PageRuns[]) {
  const round = (n: number) => Math.round(n * 10) / 10;
  return pages.map((page) => ({
    size: [round(page.width), round(page.height)],
    runs: page.runs
      .filter((run) => run.text.trim().length > 0)
      .map((run) => ({
        text: run.text,
        at: [round(run.x), round(run.y), round(run.width), round(run.size)],
      })),
  }));
}

async function expectSameRuns(pages: PlacedText[][], setting?: PageSetting) {
  const pdf = makePdf(pages, setting);
  const ours = comparable(await pdfiumPages(pdf));
  expect(ours).toEqual(comparable(await pdfjsPages(pdf)));
  for (const page of ours) expect(page.runs.length).toBeGreaterThan(0);
  return ours;
}

const LINES: PlacedText[] = [
  { x: 72, y: 760, size: 16, text: "Summary of findings" },
  { x: 72, y: 730, text: "\u2022" },
  { x: 90, y: 730, text: "Leaders know their services well.   Wide gap" },
  { x: 400, y: 730, text: "Good" },
  { x: 72, y: 710, text: "1." },
  { x: 90, y: 710, text: "The local authority should improve" },
  { x: 274, y: 715, size: 7, text: "2" },
  { x: 72, y: 60, size: 8, text: "2 A footnote in small print" },
];

describe("pdfiumPages gives the runs pdf.js gave", () => {
  it("on an upright page: bullets, item numbers, cells, superscripts, sizes", async () => {
    const [page] = await expectSameRuns([LINES]);
    expect(page?.runs.map((run) => run.text)).toContain("Good");
  });

  it("on a page rotated for display, its text turned to read across", async () => {
    const turned = LINES.map((line) => ({ ...line, x: 842 - line.y, y: line.x, turn: 90 }));
    const [page] = await expectSameRuns([turned], { rotate: 90, mediaBox: [0, 0, 842, 595] });
    expect(page?.runs.length).toBeGreaterThan(0);
  });

  it("leaves out text that does not read across as displayed", async () => {
    const [page] = await expectSameRuns([[...LINES, { x: 560, y: 400, text: "Margin note", turn: 90 }]]);
    expect(page?.runs.map((run) => run.text)).not.toContain("Margin note");
  });

  it("on a page whose media box does not start at the origin", async () => {
    const moved = LINES.map((line) => ({ ...line, x: line.x + 20, y: line.y + 30 }));
    await expectSameRuns([moved], { mediaBox: [20, 30, 615, 872] });
  });

  it("on an upside-down page", async () => {
    const turned = LINES.map((line) => ({ ...line, x: 595 - line.x, y: 842 - line.y, turn: 180 }));
    await expectSameRuns([turned], { rotate: 180 });
  });
});
