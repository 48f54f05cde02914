import type DataLoader from "dataloader";
import type { Page } from "../store/Page.ts";
import type { PageKey } from "./createLoaders.ts";
import { type PageArgs, pageWindow, toConnection } from "./pagination.ts";

/**
 * The page loader's key for one page of a list: `parent` and `by` say whose list it is ('all' with parent
 * null for a top-level list), `params` its filters and order. Throws AppError BAD_INPUT as pageWindow does.
 */
export function pageKey(
  parent: string | null,
  by: string,
  params: Record<string, unknown>,
  args: PageArgs,
): PageKey {
  return { parent, request: { by, params, ...pageWindow(args) } };
}

/** One page of a list as a Relay connection, through the request's page loader (see pageKey). */
export async function loadPage<T>(
  loader: DataLoader<PageKey, Page<T>, string>,
  parent: string | null,
  by: string,
  params: Record<string, unknown>,
  args: PageArgs,
) {
  return toConnection(await loader.load(pageKey(parent, by, params, args)));
}
