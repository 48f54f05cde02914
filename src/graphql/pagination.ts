import { AppError } from "../domain/AppError.ts";
import type { Page } from "../store/Page.ts";

/** Largest page a list gives; `first` above it is an error, not silently cut. */
export const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 20;

/** The paging arguments of a list field. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/**
 * The offset and size of the page that `first` and `after` ask for. Cursors are opaque: base64 of the
 * position of an item. Throws AppError BAD_INPUT for a bad `first` or cursor.
 */
export function pageWindow(args: PageArgs): {
  offset: number;
  limit: number;
} {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new AppError("BAD_INPUT", `'first' must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`);
  }
  return { offset: args.after ? decodeCursor(args.after) + 1 : 0, limit: first };
}

/** A Relay connection of a page. */
export function toConnection<T>(page: Page<T>) {
  const edges = page.items.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
  return {
    edges,
    nodes: page.items,
    totalCount: page.total,
    pageInfo: {
      hasNextPage: page.offset + page.items.length < page.total,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

function encodeCursor(position: number): string {
  return Buffer.from(`position:${position}`).toString("base64url");
}

function decodeCursor(cursor: string): number {
  const match = /^position:(\d+)$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!match) throw new AppError("BAD_INPUT", `'after' is not a cursor this API gave: ${cursor}`);
  return Number(match[1]);
}
