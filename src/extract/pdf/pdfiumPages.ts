import type { PageRuns } from "./PageRuns.ts";
import type { PdfRun } from "./PdfLine.ts";
import { pdfiumInstantiator } from "./pdfiumModule.ts";

type Library = Awaited<ReturnType<typeof import("@embedpdf/pdfium").init>>;
interface Heap {
  HEAPU8: Uint8Array;
  HEAPF32: Float32Array;
  HEAPF64: Float64Array;
}

/**
 * Gaps between glyphs as fractions of the font size, as pdf.js groups glyphs into text items (the runs the
 * reader was built on): up to TRACKING a glyph follows on (letter spacing), up to IN_FLOW a space is put in
 * the run, wider or backwards past BACKWARDS the run ends. A glyph more than VERTICAL_SHIFT of the run's
 * height above or below the last (a superscript) ends it too.
 */
const NOT_A_SPACE = 0.03;
const TRACKING = 0.102;
const IN_FLOW = 0.6;
const BACKWARDS = -0.2;
const VERTICAL_SHIFT = 0.25;

/** Compatibility characters that a reader sees as their plain forms: ligatures (ﬁ → fi), odd spaces. */
const COMPATIBILITY = /[\u00a0\u00b5\u2000-\u200a\u202f\u2126\ufb00-\ufb04\ufb06]/gu;
/** Characters drawn as space. */
const WHITESPACE = /^\s/u;
/** Format marks, which draw nothing (soft hyphen, zero-width space). */
const FORMAT_MARK = /^\p{Cf}$/u;
/** Combining marks. */
const DIACRITIC = /^\p{Mn}$/u;

/**
 * The functions called once per character, called straight on the WebAssembly exports: the package's
 * wrapped calls convert and check their arguments on every call, which over the millions of characters
 * of a batch costs more than reading them.
 */
interface CharFunctions {
  FPDFText_IsGenerated(text: number, index: number): number;
  FPDFText_GetUnicode(text: number, index: number): number;
  FPDFText_IsHyphen(text: number, index: number): number;
  FPDFText_GetTextObject(text: number, index: number): number;
  FPDFText_GetCharOrigin(text: number, index: number, x: number, y: number): number;
  FPDFText_GetLooseCharBox(text: number, index: number, rect: number): number;
}

let loaded: Promise<Library> | undefined;

/** PDFium, compiled to WebAssembly (see pdfiumModule.ts), instantiated once per thread. */
function pdfium(): Promise<Library> {
  loaded ??= (async () => {
    const { init } = await import("@embedpdf/pdfium");
    const lib = await init({ instantiateWasm: await pdfiumInstantiator() });
    lib.PDFiumExt_Init();
    return lib;
  })();
  return loaded;
}

/** The error PDFium reports for a document it cannot open, by FPDF_GetLastError's code. */
const LOAD_ERRORS: Record<number, string> = {
  2: "cannot be opened",
  3: "not in PDF format, or corrupted",
  4: "needs a password",
  5: "encrypted with an unsupported security scheme",
  6: "a page cannot be found or its content is damaged",
};

/** Thrown for a PDF that needs a password. */
export class PdfPasswordError extends Error {
  override name = "PdfPasswordError";
}

/**
 * Each page's text as runs in the page as displayed, read with PDFium: the characters of each page, in
 * the order the page draws them, grouped into runs the way pdf.js groups glyphs into text items (see the
 * constants above), so that the reader's lines, cells, bullets and footnote markers come out the same.
 * Throws for a file PDFium cannot open.
 */
export async function pdfiumPages(bytes: Uint8Array): Promise<PageRuns[]> {
  const lib = await pdfium();
  const heap = lib.pdfium as unknown as Heap;
  const { malloc, free } = lib.pdfium.wasmExports;
  const data = malloc(bytes.length);
  heap.HEAPU8.set(bytes, data);
  const doc = lib.FPDF_LoadMemDocument(data, bytes.length, "");
  if (!doc) {
    free(data);
    const code = lib.FPDF_GetLastError();
    if (code === 4) throw new PdfPasswordError(LOAD_ERRORS[code]);
    throw new Error(LOAD_ERRORS[code] ?? `PDFium cannot open it (error ${code})`);
  }
  const scratch = malloc(64);
  try {
    const pages: PageRuns[] = [];
    const count = lib.FPDF_GetPageCount(doc);
    for (let index = 0; index < count; index++) {
      const page = lib.FPDF_LoadPage(doc, index);
      if (!page) throw new Error(`page ${index + 1} cannot be read`);
      try {
        pages.push(readPage(lib, heap, page, index + 1, scratch));
      } finally {
        lib.FPDF_ClosePage(page);
      }
    }
    return pages;
  } finally {
    free(scratch);
    lib.FPDF_CloseDocument(doc);
    free(data);
  }
}

/** The page as displayed: its visible box (media box ∩ crop box), rotation, and the matrix into it. */
interface View {
  box: [number, number, number, number];
  width: number;
  height: number;
  /** PDF space → displayed space with y downwards, as pdf.js's viewport at scale 1. */
  matrix: [number, number, number, number, number, number];
}

function pageView(lib: Library, heap: Heap, page: number, scratch: number): View {
  let box: View["box"] = [0, 0, lib.FPDF_GetPageWidthF(page), lib.FPDF_GetPageHeightF(page)];
  if (lib.FPDF_GetPageBoundingBox(page, scratch)) {
    const f = scratch >> 2;
    const [left, top, right, bottom] = [
      heap.HEAPF32[f],
      heap.HEAPF32[f + 1],
      heap.HEAPF32[f + 2],
      heap.HEAPF32[f + 3],
    ];
    box = [
      Math.min(left ?? 0, right ?? 0),
      Math.min(top ?? 0, bottom ?? 0),
      Math.max(left ?? 0, right ?? 0),
      Math.max(top ?? 0, bottom ?? 0),
    ];
  }
  const rotation = ((lib.FPDFPage_GetRotation(page) % 4) + 4) % 4;
  const [a, b, c, d] = (
    [
      [1, 0, 0, -1],
      [0, 1, 1, 0],
      [-1, 0, 0, 1],
      [0, -1, -1, 0],
    ] as const
  )[rotation] ?? [1, 0, 0, -1];
  const sideways = rotation % 2 === 1;
  const width = sideways ? box[3] - box[1] : box[2] - box[0];
  const height = sideways ? box[2] - box[0] : box[3] - box[1];
  const centreX = (box[0] + box[2]) / 2;
  const centreY = (box[1] + box[3]) / 2;
  return {
    box,
    width,
    height,
    matrix: [a, b, c, d, width / 2 - a * centreX - c * centreY, height / 2 - b * centreX - d * centreY],
  };
}

/** What the characters of one text object share: font, size and direction as displayed. */
interface Style {
  font: string;
  fontSize: number;
  /** Displayed left to right, not rotated. */
  horizontal: boolean;
  /** The reader's size: the displayed height of the font. */
  size: number;
  /** The font's displayed width and height scales, for the gaps between glyphs. */
  scaleX: number;
  scaleY: number;
  /** The text's matrix in PDF space (a, b, c, d). */
  matrix: [number, number, number, number];
}

/** The run being built, as pdf.js's current text item. */
interface OpenRun {
  text: string;
  x: number;
  y: number;
  size: number;
}

function readPage(lib: Library, heap: Heap, page: number, number: number, scratch: number): PageRuns {
  const raw = lib.pdfium.wasmExports as unknown as CharFunctions;
  const view = pageView(lib, heap, page, scratch);
  const [va, vb, vc, vd, ve, vf] = view.matrix;
  const runs: PdfRun[] = [];
  const text = lib.FPDFText_LoadPage(page);
  if (!text) return { number, width: view.width, height: view.height, runs };
  const fonts = new Map<number, string>();
  let object = 0;
  let style: Style | null = null;
  let runStyle: Style | null = null;
  let run: OpenRun | null = null;
  /** Where the last glyph ended (pdf.js's prevTransform), displayed, y upwards. */
  let endX = 0;
  let endY = 0;
  let hasEnd = false;
  /** The last two characters shown, a space standing for any whitespace (pdf.js's twoLastChars). */
  let beforeLast = " ";
  let last = " ";
  let lastOriginX = Number.NaN;
  let lastOriginY = Number.NaN;

  const resetLast = () => {
    beforeLast = " ";
    last = " ";
  };
  const flush = () => {
    if (run && run.text.length > 0) {
      runs.push({
        text: run.text.replace(COMPATIBILITY, (c) => c.normalize("NFKC")),
        x: run.x,
        y: run.y,
        width: Math.abs(endX - run.x),
        size: run.size,
      });
    }
    run = null;
  };

  try {
    const chars = lib.FPDFText_CountChars(text);
    for (let i = 0; i < chars; i++) {
      const code = raw.FPDFText_GetUnicode(text, i);
      // Printable ASCII, most of the text, is none of the kinds below: the checks are skipped for it.
      const plain = code > 0x20 && code < 0x7f;
      // PDFium's own spaces and line breaks are left out (the gaps decide, as in pdf.js).
      if (!plain && raw.FPDFText_IsGenerated(text, i) === 1) continue;
      // PDFium gives a hyphen that ends a line as U+0002, marking it a hyphen.
      const char = code === 2 && raw.FPDFText_IsHyphen(text, i) === 1 ? "-" : String.fromCodePoint(code);
      const space = !plain && WHITESPACE.test(char);
      const mark = !plain && DIACRITIC.test(char);
      if (!plain && FORMAT_MARK.test(char)) continue;
      const textObject = raw.FPDFText_GetTextObject(text, i);
      if (textObject !== object || !style) {
        object = textObject;
        style = readStyle(lib, heap, text, i, textObject, fonts, scratch, view.matrix);
      }
      raw.FPDFText_GetCharOrigin(text, i, scratch, scratch + 8);
      const px = heap.HEAPF64[scratch >> 3] ?? 0;
      const py = heap.HEAPF64[(scratch >> 3) + 1] ?? 0;
      // A glyph whose text is several characters (a ligature's 'fi') comes as several, at one origin.
      if (px === lastOriginX && py === lastOriginY && run && !space && !mark) {
        (run as OpenRun).text += char;
        continue;
      }
      lastOriginX = Number.NaN;
      // A new font or size ends the run (pdf.js starts a new item on such a change, even for a space).
      if (runStyle && (style.font !== runStyle.font || style.fontSize !== runStyle.fontSize)) flush();
      runStyle = style;
      if (space) {
        beforeLast = last;
        last = " ";
        continue;
      }
      if (!style.horizontal) {
        // Rotated text is left out, and breaks the flow of what it interrupts.
        flush();
        resetLast();
        hasEnd = false;
        continue;
      }
      const glyphWidth = advance(raw, heap, text, i, scratch + 16, style);
      const [box0, box1, box2, box3] = view.box;
      if (px + glyphWidth < box0 || px > box2 || py < box1 || py > box3) continue;
      const x = va * px + vc * py + ve;
      const y = view.height - (vb * px + vd * py + vf);
      // A combining mark drawn on its own (U+0336 as a bullet or a dash) is a glyph that does not move
      // the pen, shown after a space as pdf.js shows it.
      if (hasEnd && (Math.abs(x - endX) > 1e-3 || Math.abs(y - endY) > 1e-3)) {
        const across = x - endX;
        const up = y - endY;
        const s = style.fontSize * style.scaleX;
        const height = style.fontSize * style.scaleY;
        if (across < BACKWARDS * s || Math.abs(up) > height) {
          resetLast();
          flush();
        } else {
          if (across <= NOT_A_SPACE * s) resetLast();
          if (across <= TRACKING * s) {
            if (last === " " && beforeLast !== " ") {
              resetLast();
              flush();
            }
          } else if (across <= IN_FLOW * s) {
            resetLast();
            if (run) (run as OpenRun).text += " ";
          } else {
            flush();
            resetLast();
          }
          if (Math.abs(up) > VERTICAL_SHIFT * height) flush();
        }
      }
      if (!run) run = { text: "", x, y, size: style.size };
      const openRun = run as OpenRun;
      if (last === " " && beforeLast !== " ") openRun.text += " ";
      beforeLast = last;
      last = char;
      openRun.text += mark ? ` ${char}` : char;
      if (!mark) {
        lastOriginX = px;
        lastOriginY = py;
      }
      if (!mark && glyphWidth > 0) {
        endX = x + glyphWidth;
        endY = y;
        hasEnd = true;
      }
    }
    flush();
  } finally {
    lib.FPDFText_ClosePage(text);
  }
  return { number, width: view.width, height: view.height, runs };
}

/**
 * How far a glyph moves the pen, displayed: its loose box is its advance by the font's ascent to descent,
 * put through the text's matrix (skewed for a slanted font), so the advance is solved out of the box's
 * width and height.
 */
function advance(
  raw: CharFunctions,
  heap: Heap,
  text: number,
  index: number,
  at: number,
  style: Style,
): number {
  if (!raw.FPDFText_GetLooseCharBox(text, index, at)) return 0;
  const f = at >> 2;
  const width = Math.abs((heap.HEAPF32[f + 2] ?? 0) - (heap.HEAPF32[f] ?? 0));
  const height = Math.abs((heap.HEAPF32[f + 1] ?? 0) - (heap.HEAPF32[f + 3] ?? 0));
  const [a, b, c, d] = style.matrix;
  const det = Math.abs(a) * Math.abs(d) - Math.abs(b) * Math.abs(c);
  if (Math.abs(det) < 1e-6) return width;
  const along = (width * Math.abs(d) - height * Math.abs(c)) / det;
  return Math.max(0, along) * Math.hypot(a, b);
}

function readStyle(
  lib: Library,
  heap: Heap,
  text: number,
  index: number,
  textObject: number,
  fonts: Map<number, string>,
  scratch: number,
  view: View["matrix"],
): Style {
  let fontSize = 0;
  if (textObject && lib.FPDFTextObj_GetFontSize(textObject, scratch))
    fontSize = heap.HEAPF32[scratch >> 2] ?? 0;
  if (!fontSize) fontSize = lib.FPDFText_GetFontSize(text, index);
  let [a, b, c, d] = [1, 0, 0, 1];
  if (lib.FPDFText_GetMatrix(text, index, scratch)) {
    const f = scratch >> 2;
    [a, b, c, d] = [
      heap.HEAPF32[f] ?? 1,
      heap.HEAPF32[f + 1] ?? 0,
      heap.HEAPF32[f + 2] ?? 0,
      heap.HEAPF32[f + 3] ?? 1,
    ];
  }
  const font = textObject ? lib.FPDFTextObj_GetFont(textObject) : 0;
  let name = fonts.get(font);
  if (name === undefined) {
    name = font ? fontName(lib, heap, font) : "";
    fonts.set(font, name);
  }
  const [va, vb, vc, vd] = view;
  // The text's matrix as displayed (y downwards), as pdf.js's viewport transform applied to its item's.
  const da = va * a + vc * b;
  const db = vb * a + vd * b;
  const dd = vb * c + vd * d;
  return {
    font: name,
    fontSize,
    horizontal: Math.abs(db) <= 0.01 * Math.abs(da) && da > 0,
    size: fontSize * (Math.abs(dd) || da),
    scaleX: Math.hypot(a, b),
    scaleY: Math.hypot(c, d),
    matrix: [a, b, c, d],
  };
}

function fontName(lib: Library, heap: Heap, font: number): string {
  const length = lib.FPDFFont_GetBaseFontName(font, 0, 0);
  if (length <= 0) return "";
  const { malloc, free } = lib.pdfium.wasmExports;
  const buffer = malloc(length);
  try {
    lib.FPDFFont_GetBaseFontName(font, buffer, length);
    // Without the prefix of a subset ('ABCDEE+Tahoma,Bold'): pdf.js sees one font in two subsets of it.
    return new TextDecoder()
      .decode(heap.HEAPU8.subarray(buffer, buffer + length - 1))
      .replace(/^[A-Z]{6}\+/, "");
  } finally {
    free(buffer);
  }
}
