import type DataLoader from "dataloader";
import type { Page } from "../store/Page.ts";
import type { PageKey } from "./createLoaders.ts";
import { pageWindow, toConnection } from "./pagination.ts";

/**
 * One page of a list as a Relay connection, through the request's page loader: `parent` and `by` say
 * whose list it is ('all' with parent null for a top-level list), `params` its filters and order.
 */
export async function loadPage<T>(
  loader: DataLoader<PageKey, Page<T>, string>,
  parent: string | null,
  by: string,
  params: Record<string, unknown>,
  args: { first?: number | null; after?: string | null },
) {
  const window = pageWindow(args);
  return toConnection(await loader.load({ parent, request: { by, params, ...window } }));
}
