import { buildASTSchema, concatAST, isEnumType } from "graphql";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { RecurrenceGrouping, TrendGrouping } from "../../../src/domain/Grouping.ts";
import { IngestStatus } from "../../../src/domain/IngestStatus.ts";
import { DocumentKind, Grade, Polarity, VisitType } from "../../../src/domain/InspectionRecord.ts";
import { TraceConfidence, TraceStatus } from "../../../src/domain/TraceStatus.ts";
import { loadTypeDefs } from "../../../src/graphql/loadTypeDefs.ts";

/** Each SDL enum with the zod enum the code uses for it. */
const ZOD_OF: Record<string, z.ZodEnum> = {
  DocumentKind,
  Grade,
  IngestStatus,
  Polarity,
  RecurrenceGrouping,
  TraceConfidence,
  TraceStatus,
  TrendGrouping,
  VisitType,
};
/** SDL enums that exist only in the API (no value of ours is typed by them). */
const API_ONLY = ["SortDirection"];

const schema = buildASTSchema(concatAST(loadTypeDefs()));
const sdlEnums = Object.values(schema.getTypeMap())
  .filter(isEnumType)
  .filter((type) => !type.name.startsWith("__"));

describe("enums", () => {
  it("has a zod enum for every enum of the SDL", () => {
    expect(sdlEnums.map((type) => type.name).sort()).toEqual([...Object.keys(ZOD_OF), ...API_ONLY].sort());
  });

  it.each(Object.entries(ZOD_OF))("%s lists the same values in the SDL and in zod", (name, zodEnum) => {
    const sdl = schema.getType(name);
    if (!isEnumType(sdl)) throw new Error(`${name} is not an enum of the SDL`);
    expect(
      sdl
        .getValues()
        .map((v) => v.name)
        .sort(),
    ).toEqual([...zodEnum.options].sort());
  });
});
