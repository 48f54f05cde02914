import {
  buildASTSchema,
  concatAST,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";
import { describe, expect, it } from "vitest";
import { loadTypeDefs } from "../../src/graphql/loadTypeDefs.ts";
import { MAX_BODY_BYTES } from "../../src/graphql/startHttpServer.ts";
import { countGraph } from "../../src/store/countGraph.ts";
import { useSeededApi } from "../helpers/seededApi.ts";
import { TEST_API_KEY } from "../helpers/startTestApi.ts";

// Hostile requests over HTTP, generated from the schema: every query field with hostile arguments
// (huge and negative `first`, empty and 10,000-character strings, Lucene syntax, unknown ids) must be
// answered with data or an error a client can act on, never an internal error or a stack trace; an
// over-limit body is refused before it is parsed; mutations without the key, or with a wrong one,
// change nothing.

const seeded = useSeededApi();

const schema = buildASTSchema(concatAST(loadTypeDefs()));

const HOSTILE_STRINGS = [
  "",
  "x".repeat(10_000),
  'title:(a OR b)~2 AND "unclosed',
  "*",
  "\\",
  "a AND OR NOT",
  "?*~^[}{]",
  "no-such-id",
  "hertfordshire/9999-99",
  "'; MATCH (n) DETACH DELETE n //",
  "\u0000\uffff\ud83d",
];
const HOSTILE_INTS = [0, -1, 101, 2_147_483_647, -2_147_483_648];

/** A hostile value of an input type; `pick` chooses among candidates so every case is tried. */
function hostileValue(type: GraphQLInputType, pick: number): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [hostileValue(inner.ofType, pick), hostileValue(inner.ofType, pick + 1)];
  if (isEnumType(inner)) {
    const values = inner.getValues();
    return values[pick % values.length]!.name;
  }
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields()).map((field, i) => [field.name, hostileValue(field.type, pick + i)]),
    );
  }
  if (isScalarType(inner)) {
    if (inner.name === "Int") return HOSTILE_INTS[pick % HOSTILE_INTS.length];
    if (inner.name === "Float") return [0, -1, 1e308, Number.MIN_VALUE][pick % 4];
    if (inner.name === "Boolean") return pick % 2 === 0;
    return HOSTILE_STRINGS[pick % HOSTILE_STRINGS.length];
  }
  return null;
}

/** A selection of the scalar fields of `type`, and of its object fields `depth` levels down. */
function selection(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return "";
  if (!isObjectType(named)) return "{ __typename }";
  const fields = Object.values(named.getFields()).filter((field) =>
    field.args.every((arg) => !isNonNullType(arg.type)),
  );
  const parts = ["__typename"];
  for (const field of fields) {
    if (isLeafType(getNamedType(field.type))) parts.push(field.name);
    else if (depth > 0) parts.push(`${field.name} ${selection(field.type, depth - 1)}`);
  }
  return `{ ${parts.join(" ")} }`;
}

/** One request per query field and case: every argument given a hostile value through variables. */
function fuzzCases(): Array<{ name: string; query: string; variables: Record<string, unknown> }> {
  const cases = [];
  const fields = Object.values(schema.getQueryType()!.getFields()) as Array<GraphQLField<unknown, unknown>>;
  for (const field of fields) {
    for (let pick = 0; pick < HOSTILE_STRINGS.length; pick += 1) {
      const args = field.args as GraphQLArgument[];
      const definitions = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
      const passing = args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
      const query = `query Fuzz${definitions ? `(${definitions})` : ""} { ${field.name}${
        passing ? `(${passing})` : ""
      } ${selection(field.type, 1)} }`;
      const variables = Object.fromEntries(
        args.map((arg, i) => [arg.name, hostileValue(arg.type, pick + i)]),
      );
      cases.push({ name: `${field.name} #${pick}`, query, variables });
    }
  }
  return cases;
}

describe("hostile requests", () => {
  it("answers every query field with hostile arguments without an internal error or a stack trace", async () => {
    const cases = fuzzCases();
    expect(cases.length).toBeGreaterThan(100);
    const codes = new Map<string, number>();
    for (const { name, query, variables } of cases) {
      const { status, body } = await seeded.api.post(query, variables);
      const text = JSON.stringify(body);
      expect(status, name).toBeLessThan(500);
      expect(text, name).not.toMatch(
        /INTERNAL_SERVER_ERROR|Internal server error|stacktrace|\.ts:\d+|Neo4jError/,
      );
      for (const error of body.errors ?? []) {
        const code = String(error.extensions?.code ?? "none");
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }
    }
    if (process.env.HOSTILE_REPORT)
      console.log(cases.length, "requests; error codes:", Object.fromEntries(codes));
  }, 600_000);

  it("refuses a body over the limit with 413 before parsing it", async () => {
    const before = seeded.executor.statementCount;
    const huge = `{"query":"{ stats { documents } }","variables":{"x":"${"a".repeat(MAX_BODY_BYTES)}"}}`;
    const response = await fetch(seeded.api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: huge,
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as {
      errors: Array<{ message: string; extensions: { code: string } }>;
    };
    expect(body.errors[0]!.extensions.code).toBe("PAYLOAD_TOO_LARGE");
    expect(body.errors[0]!.message).toMatch(/larger than the limit/);
    expect(seeded.executor.statementCount).toBe(before);
    // Malformed JSON is refused as a bad request, not an internal error.
    const broken = await fetch(seeded.api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"query": "{ stats { documents } }"',
    });
    expect(broken.status).toBe(400);
    expect(await broken.text()).not.toMatch(/stack|at .+:\d+/);
  });

  it("changes nothing for mutations without the key or with a wrong one", async () => {
    const before = await countGraph(seeded.executor);
    const [documentId] = (
      await seeded.api.post(`{ documents(first: 1) { nodes { id } } }`)
    ).body.data.documents.nodes.map((node: { id: string }) => node.id);
    const mutations = [
      { query: `mutation($id: ID!) { deleteDocument(id: $id) { id } }`, variables: { id: documentId } },
      {
        query: `mutation($i: IngestDocumentInput!) { ingestDocument(input: $i) { status } }`,
        variables: {
          i: {
            filename: "letter.txt",
            text: "Ofsted\n\nFocused visit to Rutland County Council children's services on 6 and 7 February 2024.",
          },
        },
      },
    ];
    const keys: Array<Record<string, string>> = [
      {},
      { authorization: "Bearer wrong-key-0123456789" },
      { authorization: `Bearer ${TEST_API_KEY}x` },
      { authorization: TEST_API_KEY },
      { authorization: "Bearer " },
    ];
    for (const headers of keys) {
      for (const { query, variables } of mutations) {
        const { body } = await seeded.api.post(query, variables, headers);
        expect(body.errors?.[0]?.extensions?.code, JSON.stringify(headers)).toBe("UNAUTHENTICATED");
        expect(body.data).toBeNull();
      }
    }
    expect(await countGraph(seeded.executor)).toEqual(before);
  });
});
