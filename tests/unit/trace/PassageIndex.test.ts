import { describe, expect, it } from "vitest";
import { PassageIndex, passageIndexOf } from "../../../src/trace/PassageIndex.ts";

const passages = [
  "Contingency plans are now clear about what will happen if risks increase.",
  "Pathway plans are detailed and regularly updated with care leavers.",
  "Supervision is regular and reflective.",
];

describe("PassageIndex", () => {
  it("scores the same way however often it is reused, leaving the recommendation out of the collection", () => {
    const index = new PassageIndex(passages);
    const first = index.score("Improve contingency planning for children.");
    index.score("Strengthen supervision.");
    expect(index.score("Improve contingency planning for children.")).toEqual(first);
    expect(first[0]?.position).toBe(0);
    expect(first.map((s) => s.position)).not.toContain(2);
  });

  it("gives equal answers after many recommendations of different lengths have come and gone", () => {
    const index = new PassageIndex(passages);
    const first = index.score("Improve contingency planning for children.");
    for (let n = 1; n <= 300; n++)
      index.score(`Strengthen supervision ${"and pathway plans ".repeat(n % 7)}now.`);
    expect(index.score("Improve contingency planning for children.")).toEqual(first);
  });

  it("gives the recommendation's own text a relevance of 1", () => {
    const index = new PassageIndex([...passages, "Improve contingency planning for children."]);
    expect(index.score("Improve contingency planning for children.")[0]).toEqual({
      position: 3,
      relevance: 1,
    });
  });

  it("is shared by passages with the same texts in the same order, and not otherwise", () => {
    const index = passageIndexOf([...passages]);
    expect(passageIndexOf([...passages])).toBe(index);
    expect(passageIndexOf([...passages].reverse())).not.toBe(index);
  });
});
