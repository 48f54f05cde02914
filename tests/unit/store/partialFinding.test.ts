import { describe, expect, it } from "vitest";
import { findingReader } from "../../../src/store/partialFinding.ts";

describe("findings read with some keys", () => {
  it("asks for the id, the needed keys and the asked ones, once each, in the row's order", () => {
    expect(findingReader(["text", "polarity", "text"], ["polarity"]).keys).toEqual([
      "id",
      "text",
      "polarity",
    ]);
    expect(findingReader(["polarity", "text"]).keys).toEqual(findingReader(["text", "polarity"]).keys);
    expect(findingReader(null).keys).toEqual(
      expect.arrayContaining(["id", "text", "documentId", "serviceIds"]),
    );
    expect(findingReader(null).keys).toHaveLength(12);
  });

  it("turns a finding's values back into a row of those keys, and refuses a value of the wrong kind", () => {
    const { keys, parse } = findingReader(["text", "page"]);
    const values = keys.map((key) => ({ id: "f1", text: "Plans are timely.", page: null })[key as string]);
    expect(parse(values)).toEqual({ id: "f1", text: "Plans are timely.", page: null });
    const missingText = keys.map((key) => (key === "text" ? null : values[keys.indexOf(key)]));
    expect(() => parse(missingText)).toThrow(/text/);
  });
});
