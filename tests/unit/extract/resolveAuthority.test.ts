import { describe, expect, it } from "vitest";
import { authorityFromFileName, resolveAuthority } from "../../../src/extract/header/resolveAuthority.ts";

describe("resolveAuthority", () => {
  it.each([
    ["Inspection of Hertfordshire County Council children's services", "hertfordshire", "Hertfordshire"],
    ["Monitoring visit to Herefordshire children's services", "herefordshire", "Herefordshire"],
    [
      "Inspection of Bath and North East Somerset local authority children’s services",
      "bath-and-north-east-somerset",
      "Bath and North East Somerset",
    ],
    ["Inspection of North Somerset local authority children’s services", "north-somerset", "North Somerset"],
    ["Kingston Upon Hull City Council", "kingston-upon-hull", "Kingston upon Hull"],
    [
      "Inspection of the Royal Borough of Windsor and Maidenhead local authority",
      "windsor-and-maidenhead",
      "Windsor and Maidenhead",
    ],
    ["Telford and Wrekin Council", "telford-and-wrekin", "Telford and Wrekin"],
    [
      "Inspection of Isles of Scilly local authority children’s services",
      "isles-of-scilly",
      "Isles of Scilly",
    ],
    ["Royal Borough of Kensington and Chelsea", "kensington-and-chelsea", "Kensington and Chelsea"],
    ["HERTFORDSHIRE COUNTY COUNCIL CABINET PANEL", "hertfordshire", "Hertfordshire"],
    ["Inspection of Derby City local authority children’s services, not Derbyshire's", "derby", "Derby"],
  ])("%s → %s", (text, id, name) => {
    expect(resolveAuthority(text)).toEqual({ id, name });
  });

  it("ignores a place in a postal address: Ofsted's Manchester office is not the subject", () => {
    const letter =
      "Ofsted Piccadilly Gate Store Street Manchester M1 2WD\n\nFocused visit to Hertfordshire County Council children's services\n";
    expect(resolveAuthority(letter)?.id).toBe("hertfordshire");
  });

  it("returns null when no English authority is named", () => {
    expect(resolveAuthority("A report about nowhere in particular.")).toBeNull();
  });
});

describe("authorityFromFileName", () => {
  it("reads Ofsted's download names, with or without 'and'", () => {
    expect(authorityFromFileName("corpus/80546_windsor-maidenhead__13-may-2015.pdf")?.id).toBe(
      "windsor-and-maidenhead",
    );
    expect(authorityFromFileName("80475_hertfordshire__19-november-2018.pdf")?.id).toBe("hertfordshire");
    expect(authorityFromFileName("report.pdf")).toBeNull();
  });
});
