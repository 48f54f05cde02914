import type { AuthorityReference } from "../../domain/AuthorityReference.ts";
import { nameKey } from "./nameKey.ts";

/** A reference row with its region code filled in. */
export type ReferenceEntry = Omit<AuthorityReference, "region"> & {
  region: { code: string; name: string } | null;
};

/** What the graph knows of an authority that can tie it to a reference row. */
export interface AuthorityKeys {
  id: string;
  name: string;
  /** Ofsted URNs read from its documents' file names (`80475_hertfordshire__….pdf`). */
  urns: number[];
}

/**
 * The authority reference, indexed by DfE code, URN and name (every name a row gives, former ones
 * included), with each row's statistical neighbours resolved to rows.
 */
export class AuthorityReferenceIndex {
  readonly entries: readonly ReferenceEntry[];
  private readonly byCode = new Map<string, ReferenceEntry>();
  private readonly byUrn = new Map<number, ReferenceEntry>();
  private readonly byName = new Map<string, ReferenceEntry>();

  constructor(rows: readonly AuthorityReference[]) {
    const regionCodes = new Map<string, string>();
    for (const row of rows) if (row.region?.code) regionCodes.set(row.region.name, row.region.code);
    this.entries = rows.map((row) => ({
      ...row,
      region: row.region
        ? {
            name: row.region.name,
            code: row.region.code ?? regionCodes.get(row.region.name) ?? row.region.name,
          }
        : null,
    }));
    for (const entry of this.entries) {
      this.byCode.set(entry.dfeCode, entry);
      if (entry.urn !== null) this.byUrn.set(entry.urn, entry);
    }
    // Current names first, so a former name never takes a current authority's place.
    for (const entry of this.entries)
      for (const name of entry.names)
        if (!this.byName.has(nameKey(name))) this.byName.set(nameKey(name), entry);
  }

  /** The row of a DfE code, or null. */
  byDfeCode(code: string): ReferenceEntry | null {
    return this.byCode.get(code) ?? null;
  }

  /**
   * The row of an authority the graph holds: by the URN of one of its documents, else by its name or id
   * (any name of the row, former names included); null when none fits.
   */
  match(authority: AuthorityKeys): ReferenceEntry | null {
    for (const urn of authority.urns) {
      const entry = this.byUrn.get(urn);
      if (entry) return entry;
    }
    return this.byName.get(nameKey(authority.name)) ?? this.byName.get(nameKey(authority.id)) ?? null;
  }

  /** The row's statistical neighbours, closest first (codes without a row are left out). */
  neighbours(entry: ReferenceEntry): ReferenceEntry[] {
    return entry.statisticalNeighbours.flatMap((code) => this.byCode.get(code) ?? []);
  }
}
