import type { GraphQLResolveInfo } from "graphql";
import { askedItems, askedSubField, resolvedField } from "./askedFields.ts";
import { asFindingRows, askedFindingKeys } from "./findingRowKeys.ts";
import { findingParams, nameParams, visitParams } from "./filters.ts";
import type { AuthorityVisitsArgs, QueryAuthoritiesArgs, VisitFindingsArgs } from "./generated/resolvers.ts";
import type { GraphQLContext } from "./GraphQLContext.ts";
import { loadPage, pageKey } from "./loadPage.ts";
import { toConnection } from "./pagination.ts";

/** The page request of a nested list's arguments; null when they are bad (its own resolver then says so). */
function requestOf(by: string, params: Record<string, unknown>, args: Record<string, unknown>) {
  try {
    return pageKey(null, by, params, args).request;
  } catch {
    return null;
  }
}

/**
 * `authorities` as a connection. When the query asks for the authorities' visits (and perhaps their
 * findings, and the services those mention), every page it will ask for below is read with the
 * authorities in one statement and primed into the request's loaders under the keys the nested resolvers
 * will ask with, so they find their pages there: one round trip where level by level costs one per level.
 * Otherwise the page loader serves it alone.
 */
export async function loadAuthorityTree(
  args: QueryAuthoritiesArgs,
  { store, loaders }: GraphQLContext,
  info: GraphQLResolveInfo,
) {
  const top = pageKey(null, "all", nameParams(args.filter, args.order), args);
  const visitsField = askedSubField(info, askedItems(info, resolvedField(info, args)) ?? noItems, "visits");
  const visitArgs = (visitsField?.args ?? {}) as AuthorityVisitsArgs;
  const visits =
    visitsField && requestOf("authority", visitParams(visitArgs.filter, visitArgs.order), visitArgs);
  if (!visitsField || !visits)
    return loadPage(loaders.page.authorities, null, "all", top.request.params, args);

  const findingsField = askedSubField(info, askedItems(info, visitsField) ?? noItems, "findings");
  const findingArgs = (findingsField?.args ?? {}) as VisitFindingsArgs;
  const findings =
    findingsField && requestOf("visit", findingParams(findingArgs.filter, findingArgs.order), findingArgs);
  const findingItems = findingsField && askedItems(info, findingsField);
  const withServices = !!findingItems && askedSubField(info, findingItems, "services") !== null;

  const findingKeys = findingItems ? askedFindingKeys(info, [findingItems]) : null;
  const tree = await store.authorityTree({
    authorities: top.request,
    visits,
    findings,
    findingKeys,
    withServices,
  });
  loaders.page.authorities.prime(top, tree.authorities);
  for (const { parent, page } of tree.visits) {
    loaders.page.visits.prime({ parent, request: visits }, page);
    for (const visit of page.items) loaders.node.Visit.prime(visit.id, visit);
  }
  // The findings hold only what the asked fields read, so they serve those fields alone.
  for (const { parent, page } of tree.findings) {
    loaders.findingsReadAhead.set(findingsField?.nodes ?? [], parent, {
      ...page,
      items: asFindingRows(page.items),
    });
  }
  for (const service of tree.services) {
    loaders.node.Service.prime(service.id, service);
    loaders.servicesRead.set(service.id, service);
  }
  for (const authority of tree.authorities.items) loaders.node.Authority.prime(authority.id, authority);
  return toConnection(tree.authorities);
}

const noItems = { nodes: [], type: null, args: {} };
