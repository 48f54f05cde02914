/** A line of text to place on a page of a test PDF, in points from the bottom left. */
export interface PlacedText {
  x: number;
  y: number;
  size?: number;
  text: string;
  /** Degrees the text is turned anticlockwise on the page (drawn with a rotated text matrix). */
  turn?: number;
}

/** How the pages are set: rotated for display (/Rotate), and their media box. */
export interface PageSetting {
  rotate?: 0 | 90 | 180 | 270;
  mediaBox?: [number, number, number, number];
}

/**
 * Builds a small, valid PDF (Helvetica, WinAnsi text) with the given text placed on each page, for tests
 * of page layout: running headers, page numbers, bullets, paragraphs cut by page breaks. A page with no
 * text gives a PDF that has pages but no text at all, like a scanned document.
 */
export function makePdf(pages: PlacedText[][], setting: PageSetting = {}): Uint8Array {
  const { rotate = 0, mediaBox = [0, 0, 595, 842] } = setting;
  const objects: string[] = [];
  const pageIds: number[] = [];
  objects[1] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
  let next = 4;
  for (const texts of pages) {
    const content = texts
      .map(({ x, y, size = 12, text, turn = 0 }) => {
        const [cos, sin] = [Math.cos((turn * Math.PI) / 180), Math.sin((turn * Math.PI) / 180)];
        const matrix = [cos, sin, -sin, cos, x, y].map((n) => Number(n.toFixed(4))).join(" ");
        return `BT /F1 ${size} Tf ${matrix} Tm (${escapePdf(text)}) Tj ET`;
      })
      .join("\n");
    const contentId = next++;
    const pageId = next++;
    objects[contentId] = `<< /Length ${latin1(content).length} >>\nstream\n${content}\nendstream`;
    objects[pageId] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [${mediaBox.join(" ")}] /Rotate ${rotate} /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`;
    pageIds.push(pageId);
  }
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pageIds.length} >>`;
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = latin1(body).length;
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = latin1(body).length;
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) body += `${String(offsets[id]).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(body);
}

function escapePdf(text: string): string {
  return text.replace(/[\\()]/g, (char) => `\\${char}`).replace(/•/g, "\\225");
}

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
}
