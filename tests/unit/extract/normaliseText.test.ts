import { describe, expect, it } from "vitest";
import { normaliseText } from "../../../src/extract/text/normaliseText.ts";
import { readSeed } from "./documents.ts";

const normalise = (content: string) => normaliseText("test.txt", "0".repeat(64), content).text;

describe("normaliseText", () => {
  it("removes Markdown and HTML markup and makes headings stand alone", () => {
    expect(
      normalise(
        "### **3. Recommendation**\n**HERTFORDSHIRE COUNTY COUNCIL**  \nSee the [ILACS Framework](#) &amp; <b>more</b>.\n",
      ),
    ).toBe("3. Recommendation\n\nHERTFORDSHIRE COUNTY COUNCIL\n\nSee the ILACS Framework & more.\n");
  });

  it("writes bullets of any kind as '- ' items, one per line, and keeps section numbers", () => {
    expect(
      normalise(
        "Intro:\n\n- first\n\n* second\n  - nested *italic*\n• third\n- 7.2 Achieving the right balance.\n",
      ),
    ).toBe("Intro:\n\n- first\n- second\n- nested italic\n- third\n7.2 Achieving the right balance.\n");
  });

  it("turns tab-separated lines into table rows, keeping empty cells", () => {
    expect(
      normalise("Judgement\tGrade\n<b>Overall effectiveness</b>\t<b>Good</b>\n\tTheme\t\tOwner\t\t\n"),
    ).toBe("Judgement | Grade\nOverall effectiveness | Good\n| Theme | | Owner\n");
  });

  it("joins a paragraph cut by a page break, but not separate paragraphs", () => {
    expect(
      normalise("risks reduce for many\n\n\n\nchildren. Interpreters are used.\n\nA new paragraph.\n"),
    ).toBe("risks reduce for many children. Interpreters are used.\n\nA new paragraph.\n");
  });

  it("drops a footnote number glued to a heading, not a number that belongs to it", () => {
    expect(normalise("What needs to improve?1\n\n### Information about this area2\n\nAppendix 1\n")).toBe(
      "What needs to improve?\n\nInformation about this area\n\nAppendix 1\n",
    );
  });

  it("keeps short address lines apart and collapses whitespace", () => {
    expect(normalise("Ofsted\nPiccadilly Gate\r\nStore  Street\u00a0Manchester\n")).toBe(
      "Ofsted\n\nPiccadilly Gate\n\nStore Street Manchester\n",
    );
  });

  it("gives the seeds a text that follows the contract", () => {
    for (const file of ["000_aa5e2f3db9255759.txt", "002_a80193cf62a1e509.txt", "003_56be7b61e08d6d3a.txt"]) {
      const doc = normaliseText(file, "0".repeat(64), new TextDecoder().decode(readSeed(file)));
      expect(doc.format).toBe("text");
      expect(doc.pages).toEqual([]);
      expect(doc.text).not.toMatch(/\*\*|<\/?[a-z]+[ >]|^#+ |\n\n\n|\t| {2}/m);
      expect(doc.text.endsWith("\n")).toBe(true);
    }
  });
});
