import { z } from "zod";

const text = z.string().trim();
const optionalText = text.transform((v) => (v === "" ? null : v));
const optionalInt = text.transform((v, ctx) => {
  if (v === "") return null;
  const n = Number(v);
  if (!Number.isInteger(n)) {
    ctx.addIssue({ code: "custom", message: `not an integer: '${v}'` });
    return z.NEVER;
  }
  return n;
});
/** `"308, 821, 313"` → `["308", "821", "313"]`; `""` → `[]`. */
const codeList = text.transform((v) =>
  v
    .split(",")
    .map((c) => c.trim())
    .filter(Boolean),
);
/** `"[BCP, Bournemouth, Christchurch & Poole]"` → its names. */
const nameList = text.transform((v) =>
  v
    .replace(/^\[|\]$/g, "")
    .split(",")
    .map((n) => n.trim())
    .filter(Boolean),
);

/**
 * One row of `data/reference/authorities.csv` (the columns the project uses), validated and shaped: the
 * authority's Ofsted URN, DfE and ONS codes, names, region, type, population aged 0–25 and its ten
 * statistical neighbours as DfE codes, closest first.
 */
export const AuthorityReference = z
  .object({
    urn: optionalInt,
    la_code: text.regex(/^\d{3}$/),
    la_code_new: text.regex(/^E\d{8}$/),
    stat_neighbours: codeList,
    local_authority_ons_name: text.min(1),
    also_known_as: nameList,
    region_code: optionalText,
    region_name: optionalText,
    ofsted_ilacs_scrape_la_name: optionalText,
    ltla23nm: optionalText,
    utla23nm: optionalText,
    "ons_population_0-25": optionalInt,
    ons_la_type: optionalText,
  })
  .transform((row) => ({
    urn: row.urn,
    dfeCode: row.la_code,
    onsCode: row.la_code_new,
    name: row.local_authority_ons_name,
    /** Every name the authority is known by: its ONS name, former and other names. */
    names: [
      row.local_authority_ons_name,
      ...row.also_known_as,
      row.ltla23nm,
      row.utla23nm,
      // The scraper's name column holds the DfE code for some rows.
      /^\d+$/.test(row.ofsted_ilacs_scrape_la_name ?? "") ? null : row.ofsted_ilacs_scrape_la_name,
    ].filter((n): n is string => !!n),
    // A few rows leave the code empty or 'NotKnown' beside a region name: the index fills it in.
    region: row.region_name
      ? {
          code: row.region_code && row.region_code !== "NotKnown" ? row.region_code : null,
          name: row.region_name,
        }
      : null,
    type: row.ons_la_type,
    childPopulation: row["ons_population_0-25"],
    statisticalNeighbours: row.stat_neighbours,
  }));
export type AuthorityReference = z.infer<typeof AuthorityReference>;
