import type { GraphQLResolveInfo } from "graphql";
import { findingParams, recommendationParams } from "./filters.ts";
import type { FindingFilter, RecommendationFilter, SortDirection } from "./generated/resolvers.ts";
import type { GraphQLContext } from "./GraphQLContext.ts";
import { loadPage } from "./loadPage.ts";
import { toConnection } from "./pagination.ts";

interface ListArgs<F> {
  filter?: F | null;
  order?: SortDirection | null;
  first?: number | null;
  after?: string | null;
}

/**
 * The `findings` and `recommendations` lists of a parent (a visit, document, service or theme), paged
 * through the request's loaders; `by` names the parent's kind for the page statements.
 */
export function evidencePages(by: string) {
  return {
    findings: (
      parent: { id: string },
      args: ListArgs<FindingFilter>,
      { loaders }: GraphQLContext,
      info: GraphQLResolveInfo,
    ) => {
      const readAhead = loaders.findingsReadAhead.get(info.fieldNodes, parent.id);
      return readAhead
        ? toConnection(readAhead)
        : loadPage(loaders.page.findings, parent.id, by, findingParams(args.filter, args.order), args);
    },
    recommendations: (
      parent: { id: string },
      args: ListArgs<RecommendationFilter>,
      { loaders }: GraphQLContext,
    ) =>
      loadPage(
        loaders.page.recommendations,
        parent.id,
        by,
        recommendationParams(args.filter, args.order),
        args,
      ),
  };
}
