import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nameKey } from "../../../src/store/reference/nameKey.ts";
import { urnOfSource } from "../../../src/store/reference/urnOfSource.ts";
import {
  authorityReference,
  loadAuthorityReference,
} from "../../../src/store/reference/loadAuthorityReference.ts";

const reference = authorityReference();
const match = (name: string, urns: number[] = [], id = name.toLowerCase()) =>
  reference.match({ id, name, urns });

describe("the authority reference", () => {
  it("validates every row of the project's copy", () => {
    expect(reference.entries).toHaveLength(156);
    for (const entry of reference.entries) {
      expect(entry.dfeCode).toMatch(/^\d{3}$/);
      expect(entry.region?.code ?? "none").not.toBe("NotKnown");
      // Every neighbour code names a row.
      expect(reference.neighbours(entry)).toHaveLength(entry.statisticalNeighbours.length);
    }
    const withNeighbours = reference.entries.filter((e) => e.statisticalNeighbours.length > 0);
    expect(withNeighbours.every((e) => e.statisticalNeighbours.length === 10)).toBe(true);
  });

  it("fills a region code the source leaves empty from the region's other rows", () => {
    const medway = match("Medway");
    expect(medway?.region).toEqual({ code: "SE", name: "South East" });
  });

  it("refuses a damaged file, naming the row", () => {
    const dir = mkdtempSync(join(tmpdir(), "reference-"));
    const file = join(dir, "authorities.csv");
    writeFileSync(
      file,
      "urn,la_code,la_code_new,stat_neighbours,local_authority_ons_name,also_known_as,region_code,region_name,ofsted_ilacs_scrape_la_name,ltla23nm,utla23nm,ons_population_0-25,ons_la_type\n" +
        '1,12,E06000001,"",Somewhere,,NE,North East,,,,10,County\n',
    );
    expect(() => loadAuthorityReference(file)).toThrow(/row 2, la_code/);
  });
});

describe("matching the graph's authorities to the reference", () => {
  it("prefers the URN of a document's file name", () => {
    expect(urnOfSource("../shared/corpus/ilacs/80475_hertfordshire__10-march-2023.pdf")).toBe(80475);
    expect(urnOfSource("seed/000_aa5e2f3db9255759.txt")).toBeNull();
    expect(urnOfSource("reports/2019_letter.pdf")).toBeNull();
    expect(match("Some misread name", [80475])?.name).toBe("Hertfordshire");
  });

  it("matches by name, whatever the council's style", () => {
    expect(match("Bristol")?.dfeCode).toBe("801");
    expect(match("Bristol City Council")?.dfeCode).toBe("801");
    expect(match("Telford & Wrekin")?.name).toBe(match("Telford and Wrekin Council")?.name);
    expect(match("County Durham")?.name).toBe("Durham");
    expect(match("Hull")?.dfeCode).toBe("810");
    expect(match("unknown", [], "windsor-maidenhead")?.dfeCode).toBe(
      match("Windsor and Maidenhead")?.dfeCode,
    );
  });

  it("matches former names and reorganised authorities", () => {
    expect(match("BCP")?.name).toBe("Bournemouth, Christchurch and Poole");
    const northamptonshire = match("Northamptonshire");
    expect(northamptonshire?.statisticalNeighbours).toEqual([]);
    expect(match("West Northamptonshire")?.statisticalNeighbours).toHaveLength(10);
  });

  it("leaves an authority without a row unmatched", () => {
    expect(match("Isle of Nowhere")).toBeNull();
  });

  it("keeps place words and drops generic ones", () => {
    expect(nameKey("Bristol, City of")).toBe("bristol");
    expect(nameKey("City of London")).toBe("london");
    expect(nameKey("St. Helens")).toBe("st helens");
  });
});
