import { GraphQLScalarType, Kind } from "graphql";
import { AppError } from "../../domain/AppError.ts";
import { toGraphQLError } from "../formatError.ts";

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a real month and day of month. */
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function parsePartialDate(value: unknown): string {
  if (typeof value === "string" && PARTIAL_DATE.test(value)) return value;
  // As a GraphQL error with its public code: graphql-js and Apollo then report a bad variable as the
  // client's (400, BAD_USER_INPUT); any other error from a scalar counts as the server's own.
  throw toGraphQLError(
    new AppError("BAD_INPUT", `a PartialDate is YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`),
  );
}

/**
 * The `PartialDate` scalar, checked where it enters the API: an argument or variable that is not a
 * year, a month or a day in ISO form is refused before any resolver runs (GraphQL reports it as a bad
 * value of the argument). Dates read from the graph are served as stored.
 */
export const PartialDate = new GraphQLScalarType<string, string>({
  name: "PartialDate",
  serialize: (value) => String(value),
  parseValue: parsePartialDate,
  parseLiteral: (ast) => parsePartialDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
