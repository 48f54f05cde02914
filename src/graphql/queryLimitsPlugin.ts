import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, getNamedType, getNullableType, isListType } from "graphql";
import { type ComplexityEstimator, getComplexity } from "graphql-query-complexity";
import type { GraphQLContext } from "./GraphQLContext.ts";

/** The most a query may cost: roughly the number of objects it can return. */
export const MAX_QUERY_COST = 1_000_000;
/** Items assumed for a list that takes no `first`. */
const UNPAGED_LIST_SIZE = 10;
const DEFAULT_PAGE_SIZE = 20;

/**
 * Each field costs one, times the page size for a paged list (`first`, default 20) or a guess for an
 * unpaged list: the cost approximates how many objects the query can make the server load.
 */
const estimateCost: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // A connection's `edges` and `nodes` are the page its field already paid for.
  if (type.name.endsWith("Connection")) return childComplexity + 1;
  if ("first" in args || field.args.some((a) => a.name === "first")) {
    return (childComplexity + 1) * (typeof args.first === "number" ? args.first : DEFAULT_PAGE_SIZE);
  }
  if (
    isListType(getNullableType(field.type)) &&
    getNamedType(field.type).constructor.name === "GraphQLObjectType"
  ) {
    return (childComplexity + 1) * UNPAGED_LIST_SIZE;
  }
  return childComplexity + 1;
};

/**
 * Refuses, before anything runs, a query whose estimated cost is over `maxCost`, with a clear error
 * (code QUERY_TOO_COMPLEX) that gives both figures.
 */
export function queryLimitsPlugin(maxCost: number = MAX_QUERY_COST): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            ...(request.operationName ? { operationName: request.operationName } : {}),
            estimators: [estimateCost],
          });
          if (cost > maxCost) {
            throw new GraphQLError(
              `Query is too expensive: estimated cost ${cost}, limit ${maxCost}. Ask for smaller pages.`,
              {
                extensions: { code: "QUERY_TOO_COMPLEX", cost, maxCost, http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}
