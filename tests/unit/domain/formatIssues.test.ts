import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formatIssues } from "../../../src/domain/formatIssues.ts";

const Visit = z.object({ startDate: z.iso.date(), grades: z.array(z.enum(["GOOD", "INADEQUATE"])) });

function errorOf(schema: z.ZodType, value: unknown): z.ZodError {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error("expected a failure");
  return parsed.error;
}

describe("formatIssues", () => {
  it("names each issue by its path, joined by '; '", () => {
    const error = errorOf(Visit, { startDate: "31 Aug", grades: ["GOOD", "FINE"] });
    expect(formatIssues(error)).toMatch(/^startDate: .+; grades\.1: .+$/);
  });

  it("names an issue about the whole value as asked", () => {
    const error = errorOf(Visit, "a string");
    expect(formatIssues(error, { whole: "record" })).toMatch(/^record: /);
    expect(formatIssues(error)).toMatch(/^: /);
  });

  it("keeps the first issues of a long list", () => {
    const error = errorOf(z.array(z.number()), ["a", "b", "c", "d", "e"]);
    expect(formatIssues(error).split("; ")).toHaveLength(5);
    expect(
      formatIssues(error, { limit: 3 })
        .split("; ")
        .map((p) => p.split(":")[0]),
    ).toEqual(["0", "1", "2"]);
  });
});
