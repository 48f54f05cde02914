import { z } from "zod";
import type { Executor } from "../db/Executor.ts";
import type { Page } from "./Page.ts";
import { PAGES, type PageItem } from "./pages.ts";
import type { PageRequest } from "./readPages.ts";
import { type FindingKey, FindingValues, findingReader, type PartialFinding } from "./partialFinding.ts";
import { ServiceRow } from "./rows.ts";

/** The pages a nested query asks for below a page of authorities, one request per level. */
export interface AuthorityTreeRequest {
  /** The page of authorities ('all'). */
  authorities: PageRequest;
  /** Each of their visits' page ('authority'). */
  visits: PageRequest;
  /** Each of those visits' findings page ('visit'); null when not asked for. */
  findings: PageRequest | null;
  /** The keys of the findings' rows to read, all of them when null. */
  findingKeys: readonly FindingKey[] | null;
  /** Whether to read the services those findings mention. */
  withServices: boolean;
}

/** One parent's page. */
export interface ParentPage<T> {
  parent: string;
  page: Page<T>;
}

/**
 * What an AuthorityTreeRequest reads: every page as the level's own page statement gives it, but the
 * findings holding only the keys asked for.
 */
export interface AuthorityTree {
  authorities: Page<PageItem<"authorities">>;
  visits: Array<ParentPage<PageItem<"visits">>>;
  /** Holding the keys the request named (`findingKeys`). */
  findings: Array<ParentPage<PartialFinding>>;
  services: ServiceRow[];
}

const pageRow = <S extends z.ZodType>(item: S) =>
  z.object({ parentId: z.string(), total: z.number(), items: z.array(item) });

/** The statement's rows, in no set order: one with all but the findings, and one per page of findings. */
const TreeRow = z.union([
  z.object({
    authorityPage: z.object({ total: z.number(), items: z.array(PAGES.authorities.item) }),
    visitPages: z.array(pageRow(PAGES.visits.item)),
    services: z.array(ServiceRow),
    findingPage: z.null(),
  }),
  z.object({
    authorityPage: z.null(),
    visitPages: z.null(),
    services: z.null(),
    findingPage: pageRow(FindingValues),
  }),
]);

/** A level's request as the statement's map parameter: its filters, then where the page starts and its size. */
const level = (request: PageRequest) => ({ ...request.params, skip: request.offset, limit: request.limit });

/**
 * A page of authorities with, below it, one page of visits per authority, one page of findings per visit
 * and the services those findings mention, in one statement (`read/authority-pages-tree`): what the
 * authorities, visits and findings page statements and the services by id would answer in four.
 */
export async function readAuthorityTree(
  executor: Executor,
  request: AuthorityTreeRequest,
): Promise<AuthorityTree> {
  const findings = findingReader(request.findingKeys);
  const rows = await executor.read(
    "read/authority-pages-tree",
    {
      authorities: level(request.authorities),
      visits: level(request.visits),
      findings: request.findings ? level(request.findings) : null,
      findingKeys: findings.keys,
      withServices: request.withServices && request.findings !== null,
    },
    TreeRow,
  );
  const head = rows.find((row) => row.authorityPage !== null);
  const findingPages = rows.flatMap((row) =>
    row.findingPage ? [{ ...row.findingPage, items: row.findingPage.items.map(findings.parse) }] : [],
  );
  const pagesOf = <T>(pages: Array<{ parentId: string; total: number; items: T[] }>, offset: number) =>
    pages.map((p) => ({ parent: p.parentId, page: { items: p.items, offset, total: p.total } }));
  return {
    authorities: {
      items: head?.authorityPage?.items ?? [],
      offset: request.authorities.offset,
      total: head?.authorityPage?.total ?? 0,
    },
    visits: pagesOf(head?.visitPages ?? [], request.visits.offset),
    findings: pagesOf(findingPages, request.findings?.offset ?? 0),
    services: head?.services ?? [],
  };
}
