import { buildASTSchema, concatAST, getNamedType, isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { STATEMENT_NAMES } from "../../../src/db/statementNames.ts";
import { loadTypeDefs } from "../../../src/graphql/loadTypeDefs.ts";
import { Query } from "../../../src/graphql/resolvers/Query.ts";
import { ENTITIES, NODE_LABELS } from "../../../src/store/entities.ts";
import { PAGES } from "../../../src/store/pages.ts";
import * as rows from "../../../src/store/rows.ts";

const schema = buildASTSchema(concatAST(loadTypeDefs()));
const queryFields = schema.getQueryType()!.getFields();

describe("ENTITIES", () => {
  it.each(NODE_LABELS)("%s: an SDL type fetched by id and listed by the fields it names", (label) => {
    const entity = ENTITIES[label];
    expect(isObjectType(schema.getType(label))).toBe(true);
    const byId = queryFields[entity.field];
    expect(byId?.args.map((arg) => `${arg.name}: ${String(arg.type)}`)).toEqual(["id: ID!"]);
    expect(getNamedType(byId!.type).name).toBe(label);
    const list = queryFields[entity.page];
    expect(getNamedType(list!.type).name).toBe(`${label}Connection`);
  });

  it.each(NODE_LABELS)(
    "%s: its row is rows.ts's <label>Row (codegen's mapper) and its statements exist",
    (label) => {
      const entity = ENTITIES[label];
      expect((rows as Record<string, unknown>)[`${label}Row`]).toBe(entity.row);
      expect(STATEMENT_NAMES).toContain(entity.byIds);
      expect(STATEMENT_NAMES).toContain(entity.pageStatement);
    },
  );

  it("gives every entity its page and its by-id resolver; no other query fetches an entity by id", () => {
    for (const label of NODE_LABELS) {
      expect(PAGES[ENTITIES[label].page]).toEqual({
        statement: ENTITIES[label].pageStatement,
        item: ENTITIES[label].row,
      });
      expect(typeof (Query as Record<string, unknown>)[ENTITIES[label].field]).toBe("function");
    }
    const byIdFields = Object.values(queryFields).filter(
      (field) =>
        field.args.length === 1 &&
        String(field.args[0]!.type) === "ID!" &&
        (NODE_LABELS as string[]).includes(getNamedType(field.type).name),
    );
    expect(byIdFields.map((field) => field.name).sort()).toEqual(
      NODE_LABELS.map((l) => ENTITIES[l].field).sort(),
    );
  });
});
