import type { PartialDate } from "../../domain/InspectionRecord.ts";
import { matchThemes } from "../themes/matchThemes.ts";
import { stemOf, wordTokens } from "../themes/wordTokens.ts";
import type { Block } from "./documentBlocks.ts";

/** An action of a council's action plan, before validation against the record schema. */
export interface ActionItem {
  reference: string;
  text: string;
  owner: string | null;
  dueDate: PartialDate | null;
  progress: string | null;
  addresses: number | null;
  themes: string[];
  /** Offsets [start, end) of the action's rows in the document's text. */
  start: number;
  end: number;
}

interface Columns {
  reference: number;
  action: number;
  due: number | null;
  owner: number | null;
  progress: number | null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const STOP_WORDS = new Set([
  "the",
  "a",
  "an",
  "and",
  "of",
  "to",
  "in",
  "with",
  "for",
  "on",
  "all",
  "who",
  "are",
  "is",
]);

/**
 * The actions of an action-plan table (a council report's appendix): each row whose reference is
 * numbered 'N.M', with its action, owner, completion date (as a PartialDate), progress to date, and the
 * recommendation it addresses — the plan's theme row 'N.0' matched by wording to a recommendation.
 * Repeated header rows (page breaks) are skipped; a row without reference or action continues the
 * action above it, cell by cell. Tables without an action and an owner column are not action plans.
 */
export function extractActions(
  blocks: readonly Block[],
  recommendations: ReadonlyArray<{ ordinal: number; text: string }>,
): ActionItem[] {
  const actions: ActionItem[] = [];
  let columns: Columns | null = null;
  let addresses: number | null = null;
  let current: { item: ActionItem; cells: string[] } | null = null;
  const flush = () => {
    if (current) actions.push(finish(current.item, current.cells, columns));
    current = null;
  };
  for (const block of blocks) {
    if (block.kind !== "row") continue;
    const cells = block.text.split("|").map((cell) => cell.trim());
    const header = headerColumns(cells);
    if (header) {
      columns = header;
      continue;
    }
    if (columns === null) continue;
    const reference = cells[columns.reference] ?? "";
    const action = cells[columns.action] ?? "";
    if (/^\d+\.0$/.test(reference)) {
      flush();
      addresses = matchRecommendation(action, recommendations);
      continue;
    }
    if (/^\d+\.\d+$/.test(reference) && action.length > 0) {
      flush();
      current = {
        item: {
          reference,
          text: action,
          owner: null,
          dueDate: null,
          progress: null,
          addresses,
          themes: matchThemes(action),
          start: block.start + block.text.indexOf(action),
          end: block.end,
        },
        cells,
      };
      continue;
    }
    if (current !== null && reference === "" && action === "") {
      const open: { item: ActionItem; cells: string[] } = current;
      open.cells = open.cells.map((cell, index) => [cell, cells[index] ?? ""].filter(Boolean).join(" "));
      for (let index = open.cells.length; index < cells.length; index++) open.cells.push(cells[index] ?? "");
      open.item.end = block.end;
    }
  }
  flush();
  return actions;
}

function finish(item: ActionItem, cells: string[], columns: Columns | null): ActionItem {
  const cell = (index: number | null | undefined) => {
    const value = index === null || index === undefined ? "" : (cells[index] ?? "").trim();
    return value.length > 0 ? value : null;
  };
  const due = cell(columns?.due);
  return {
    ...item,
    owner: cell(columns?.owner),
    dueDate: due === null ? null : parsePlanDate(due),
    progress: cell(columns?.progress),
  };
}

/** The columns of an action plan's header row, or null when the row is not one. */
function headerColumns(cells: string[]): Columns | null {
  const find = (re: RegExp) => {
    const index = cells.findIndex((cell) => re.test(cell));
    return index < 0 ? null : index;
  };
  const action = find(/\baction\b/i);
  const owner = find(/\b(owner|lead officer|responsible|accountable)\b/i);
  if (action === null || owner === null) return null;
  const reference = find(/^(ref(erence)?\.?|no\.?|#|)$/i) ?? Math.max(0, action - 1);
  return {
    reference: reference === action ? Math.max(0, action - 1) : reference,
    action,
    owner,
    due: find(/\b((completion|due|target|end) date|by when|deadline|timescale)/i),
    progress: find(/progress to date|^(latest )?(progress|update|status|rag)\b/i),
  };
}

/**
 * A plan's date as a PartialDate: 'May-19' and 'Feb 19' → `2019-05`, `2019-02`; 'January 2019' →
 * `2019-01`; '31/01/2019' → `2019-01-31`; anything else (e.g. 'Ongoing') → null.
 */
export function parsePlanDate(value: string): PartialDate | null {
  const monthYear = /^([A-Za-z]{3,9})[\s\-/']+(\d{2}|\d{4})$/.exec(value.trim());
  if (monthYear) {
    const month = MONTHS.indexOf((monthYear[1] as string).slice(0, 3).toLowerCase());
    if (month < 0) return null;
    const year = (monthYear[2] as string).length === 2 ? `20${monthYear[2]}` : (monthYear[2] as string);
    return `${year}-${String(month + 1).padStart(2, "0")}`;
  }
  const dayMonthYear = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
  if (dayMonthYear) {
    const [, day, month, year] = dayMonthYear as unknown as [string, string, string, string];
    if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return null;
    return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  }
  const iso = /^(\d{4})-(\d{2})(-\d{2})?$/.exec(value.trim());
  return iso ? (value.trim() as PartialDate) : null;
}

/** The recommendation whose words the plan's theme row shares most (at least half of the row's words). */
function matchRecommendation(
  theme: string,
  recommendations: ReadonlyArray<{ ordinal: number; text: string }>,
): number | null {
  const wanted = contentStems(theme);
  if (wanted.size === 0) return null;
  let best: { ordinal: number; score: number } | null = null;
  for (const recommendation of recommendations) {
    const have = contentStems(recommendation.text);
    const shared = [...wanted].filter((stem) => have.has(stem)).length / wanted.size;
    if (best === null || shared > best.score) best = { ordinal: recommendation.ordinal, score: shared };
  }
  return best !== null && best.score >= 0.5 ? best.ordinal : null;
}

function contentStems(text: string): Set<string> {
  return new Set(
    wordTokens(text)
      .filter((token) => !STOP_WORDS.has(token.lower))
      .map((token) => stemOf(token.lower)),
  );
}
