import { describe, expect, it } from "vitest";
import { findingKeys, findingParser } from "../../../src/store/partialFinding.ts";

describe("findings read with some keys", () => {
  it("asks for the id, the needed keys and the asked ones, once each, in the row's order", () => {
    expect(findingKeys(["text", "polarity", "text"], ["polarity"])).toEqual(["id", "text", "polarity"]);
    expect(findingKeys(["polarity", "text"])).toEqual(findingKeys(["text", "polarity"]));
    expect(findingKeys(null)).toEqual(expect.arrayContaining(["id", "text", "documentId", "serviceIds"]));
    expect(findingKeys(null)).toHaveLength(12);
  });

  it("turns a finding's values back into a row of those keys, and refuses a value of the wrong kind", () => {
    const keys = findingKeys(["text", "page"]);
    const parse = findingParser(keys);
    const values = keys.map((key) => ({ id: "f1", text: "Plans are timely.", page: null })[key as string]);
    expect(parse(values)).toEqual({ id: "f1", text: "Plans are timely.", page: null });
    const missingText = keys.map((key) => (key === "text" ? null : values[keys.indexOf(key)]));
    expect(() => parse(missingText)).toThrow(/text/);
  });
});
