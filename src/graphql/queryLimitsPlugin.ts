import type { ApolloServerPlugin } from "@apollo/server";
import { type DocumentNode, getNamedType, getNullableType, isListType } from "graphql";
import { type ComplexityEstimator, getComplexity } from "graphql-query-complexity";
import { AppError } from "../domain/AppError.ts";
import { rootFieldCost } from "./fieldCosts.ts";
import { toGraphQLError } from "./formatError.ts";
import type { GraphQLContext } from "./GraphQLContext.ts";

/** The most a query may cost: roughly the number of objects it can return. */
export const MAX_QUERY_COST = 1_000_000;
/** Items assumed for a list that takes no `first`. */
const UNPAGED_LIST_SIZE = 10;
const DEFAULT_PAGE_SIZE = 20;
/** Costs remembered per parsed query, one per operation and variables; a query's are forgotten past this. */
const COSTS_PER_QUERY = 256;

/**
 * Each field costs one, times the page size for a paged list (`first`, default 20) or a guess for an
 * unpaged list: the cost approximates how many objects the query can make the server load. A field of the
 * query root adds its own fixed cost (`fieldCosts.ts`) once per selection, so aliases and repeats count.
 */
const estimateCost: ComplexityEstimator = (options) => {
  const base = estimateObjects(options);
  const { type, field, args } = options;
  return type.name === "Query" ? base + rootFieldCost(field.name, args) : base;
};

/** The objects a field can load: its own and its children's, times its page or list size. */
function estimateObjects({ type, field, args, childComplexity }: Parameters<ComplexityEstimator>[0]): number {
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
}

/**
 * Refuses, before anything runs, a query whose estimated cost is over `maxCost`, with a clear error
 * (code QUERY_TOO_COMPLEX) that gives both figures.
 */
export function queryLimitsPlugin(maxCost: number = MAX_QUERY_COST): ApolloServerPlugin<GraphQLContext> {
  // The cost is a function of the query, the operation and the variables alone, and Apollo hands every
  // request of one query text the same parsed document: a client repeating its queries (the explorer, a
  // dashboard) pays for the estimate once per set of variables. Weakly held, so forgotten with the document.
  const knownCosts = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let costs = knownCosts.get(document);
          if (!costs) knownCosts.set(document, (costs = new Map()));
          const key = JSON.stringify([request.operationName ?? null, request.variables ?? {}]);
          let cost = costs.get(key);
          if (cost === undefined) {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              ...(request.operationName ? { operationName: request.operationName } : {}),
              estimators: [estimateCost],
            });
            if (costs.size >= COSTS_PER_QUERY) costs.clear();
            costs.set(key, cost);
          }
          if (cost > maxCost) {
            throw toGraphQLError(
              new AppError(
                "QUERY_TOO_COMPLEX",
                `Query is too expensive: estimated cost ${cost}, over the cost limit of ${maxCost}. Ask for smaller pages or fewer fields; every top-level field, alias or repeat counts.`,
              ),
            );
          }
        },
      };
    },
  };
}
