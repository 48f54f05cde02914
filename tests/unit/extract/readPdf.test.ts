import { describe, expect, it } from "vitest";
import { readPdf } from "../../../src/extract/pdf/readPdf.ts";
import { readFixture } from "./documents.ts";
import { makePdf, type PlacedText } from "./makePdf.ts";

const ID = "0".repeat(64);

/** Checks the normalised-text contract (NormalisedDocument.ts) on a text. */
function expectContract(text: string): void {
  expect(text.endsWith("\n")).toBe(true);
  expect(text).not.toMatch(/\n\n\n/);
  for (const line of text.split("\n")) {
    expect(line).toBe(line.trim());
    expect(line).not.toMatch(/\s{2}|\t/);
    expect(line).not.toMatch(/[\ue000-\uf8ff\u00ad\u200b]/u);
    expect(line).not.toMatch(/^[•◼▪●]/u);
    expect(line).not.toMatch(/^\d{1,3}$/);
  }
}

describe("readPdf: page layout", () => {
  const runningHeader = (page: number): PlacedText[] => [
    { x: 72, y: 800, size: 9, text: "Inspection of Testshire local authority children's services" },
    { x: 290, y: 30, size: 10, text: String(page) },
  ];
  const paragraph = (y: number, lines: string[]): PlacedText[] =>
    lines.map((text, index) => ({ x: 72, y: y - index * 14.5, text }));
  const pdf = makePdf([
    [
      ...runningHeader(1),
      ...paragraph(740, [
        "Leaders have a good understanding of the quality of practice and",
        "they act on what they know. Senior leaders are ambitious for the",
        "children of Testshire and for their families, and they are well-",
        "supported by elected members.",
      ]),
      { x: 72, y: 660, size: 14, text: "What needs to improve?" },
      { x: 226, y: 666, size: 8, text: "1" },
      { x: 72, y: 632, text: "•" },
      { x: 84, y: 632, text: "The quality of plans for children in need, which are" },
      { x: 84, y: 617.5, text: "too long." },
      { x: 72, y: 596, text: "•" },
      { x: 84, y: 596, text: "Supervision of social workers so that it is regular and" },
      { x: 84, y: 581.5, text: "reflective, and recorded in" },
      { x: 72, y: 90, size: 8, text: "1 A footnote that explains something at the foot of the page." },
    ],
    [
      ...runningHeader(2),
      { x: 84, y: 760, text: "children's files." },
      { x: 72, y: 730, text: "Main findings" },
      { x: 72, y: 701, text: "Judgement" },
      { x: 395, y: 701, text: "Grade" },
      { x: 72, y: 680, text: "The impact of leaders on social work practice with" },
      { x: 395, y: 673, text: "Good" },
      { x: 72, y: 666, text: "children and families" },
      { x: 72, y: 640, text: "Overall effectiveness" },
      { x: 395, y: 640, text: "Good" },
    ],
    [],
  ]);

  it("removes running headers, page numbers and footnotes, and rebuilds headings, items and tables", async () => {
    const doc = await readPdf("test.pdf", ID, pdf);
    expect(doc.format).toBe("pdf");
    expect(doc.text).toBe(
      [
        "Leaders have a good understanding of the quality of practice and they act on what they know. Senior leaders are ambitious for the children of Testshire and for their families, and they are well-supported by elected members.",
        "",
        "What needs to improve?",
        "",
        "- The quality of plans for children in need, which are too long.",
        "- Supervision of social workers so that it is regular and reflective, and recorded in children's files.",
        "",
        "Main findings",
        "",
        "Judgement | Grade",
        "The impact of leaders on social work practice with children and families | Good",
        "Overall effectiveness | Good",
        "",
      ].join("\n"),
    );
    expectContract(doc.text);
  });

  it("maps every page to a range of the text, without gaps, a page without text to an empty one", async () => {
    const doc = await readPdf("test.pdf", ID, pdf);
    const itemContinues = doc.text.indexOf("children's files.");
    expect(doc.pages).toEqual([
      { page: 1, start: 0, end: itemContinues },
      { page: 2, start: itemContinues, end: doc.text.length },
      { page: 3, start: doc.text.length, end: doc.text.length },
    ]);
  });
});

describe("readPdf: judgement tables", () => {
  it("puts a grade printed above and below its label ('Requires' / label / 'improvement') in the label's row", async () => {
    const row = (y: number, number: string, label: string, grade: string[]): PlacedText[] => [
      { x: 72, y, text: number },
      { x: 90, y, text: label },
      ...(grade.length === 1
        ? [{ x: 390, y, text: grade[0] ?? "" }]
        : [
            { x: 390, y: y + 7, text: grade[0] ?? "" },
            { x: 390, y: y - 7, text: grade[1] ?? "" },
          ]),
    ];
    const pdf = makePdf([
      [
        ...row(600, "1.", "Children who need help and protection", ["Requires", "improvement"]),
        ...row(570, "2.", "Children looked after and achieving permanence", ["Good"]),
        ...row(540, "3.", "Leadership, management and governance", ["Requires", "improvement"]),
        {
          x: 72,
          y: 500,
          text: "Inspectors found that leaders know their services well and act on what they find.",
        },
      ],
    ]);
    const doc = await readPdf("sif.pdf", ID, pdf);
    expect(doc.text).toBe(
      [
        "1. Children who need help and protection | Requires improvement",
        "2. Children looked after and achieving permanence | Good",
        "3. Leadership, management and governance | Requires improvement",
        "",
        "Inspectors found that leaders know their services well and act on what they find.",
        "",
      ].join("\n"),
    );
  });
});

describe("readPdf: corpus reports follow the normalised-text contract", () => {
  it.each(["80475_hertfordshire__19-november-2018.pdf", "80475_hertfordshire__27-november-2015.pdf"])(
    "%s",
    async (file) => {
      const doc = await readPdf(file, ID, readFixture(file));
      expectContract(doc.text);
      expect(doc.pages[0]?.start).toBe(0);
      expect(doc.pages[doc.pages.length - 1]?.end).toBe(doc.text.length);
      for (const [index, range] of doc.pages.entries()) {
        expect(range.page).toBe(index + 1);
        if (index > 0) expect(range.start).toBe(doc.pages[index - 1]?.end);
      }
    },
  );

  it("reads the 2018 list of what needs to improve as three items, and drops page numbers", async () => {
    const doc = await readPdf(
      "hertfordshire.pdf",
      ID,
      readFixture("80475_hertfordshire__19-november-2018.pdf"),
    );
    expect(doc.text).toContain(
      [
        "What needs to improve",
        "",
        "- Achieving the right balance between support and challenge with all parents.",
        "- Consistently applying thresholds with adolescents.",
        "- Placement stability and the disproportionate number of children in care who are living outside of the local authority’s boundaries.",
        "",
      ].join("\n"),
    );
    expect(doc.text).toMatch(/^1\. Early help services are well developed\./m);
  });

  it("drops the footnote marker from a SIF title and the footnote from the foot of its page", async () => {
    const doc = await readPdf("sif.pdf", ID, readFixture("80475_hertfordshire__27-november-2015.pdf"));
    expect(doc.text).toContain("Review of the effectiveness of the Local Safeguarding Children Board\n");
    expect(doc.text).not.toContain("Ofsted produces this report under its power to combine reports");
    expect(doc.text).toContain("1. Children who need help and protection | Requires improvement\n");
  });
});
