import { z } from "zod";
import { Slug } from "../../domain/InspectionRecord.ts";
import catalogueJson from "./serviceCatalogue.json" with { type: "json" };

/**
 * The curated catalogue of named services (MASH, MACE, SASH, Get Safe...), their kinds shared across
 * authorities, and the rules that recognise and classify services defined only in the text
 * ('Therapeutic Emotional Support Service (TESS)'). Data in `serviceCatalogue.json`, validated on load.
 */

export const CatalogueService = z.object({
  id: Slug,
  kind: Slug,
  acronym: z.string().min(1).nullable(),
  fullName: z.string().min(1),
  patterns: z.array(z.string().min(1)).min(1),
});
export type CatalogueService = z.infer<typeof CatalogueService>;

const CatalogueFile = z
  .object({
    about: z.string(),
    kinds: z.array(z.object({ id: Slug, label: z.string().min(1) })).min(1),
    services: z.array(CatalogueService).min(1),
    heads: z.array(z.string().min(1)),
    aliasHeads: z.array(z.string().min(1)),
    notServices: z.array(z.string().min(1)),
    kindRules: z.array(z.object({ kind: Slug, words: z.array(z.string().min(1)).min(1) })),
  })
  .superRefine((file, ctx) => {
    const kinds = new Set(file.kinds.map((kind) => kind.id));
    for (const service of file.services) {
      if (!kinds.has(service.kind)) ctx.addIssue({ code: "custom", message: `unknown kind ${service.kind}` });
    }
    for (const rule of file.kindRules) {
      if (!kinds.has(rule.kind)) ctx.addIssue({ code: "custom", message: `unknown kind ${rule.kind}` });
    }
    if (new Set(file.services.map((s) => s.id)).size !== file.services.length) {
      ctx.addIssue({ code: "custom", message: "service ids must be unique" });
    }
  });
export type ServiceCatalogueData = z.infer<typeof CatalogueFile>;

/** The validated catalogue. Throws a ZodError at load if `serviceCatalogue.json` is malformed. */
export const SERVICE_CATALOGUE: ServiceCatalogueData = CatalogueFile.parse(catalogueJson);

const byId = new Map(SERVICE_CATALOGUE.services.map((service) => [service.id, service]));
const byAcronym = new Map(
  SERVICE_CATALOGUE.services.flatMap((service) =>
    service.acronym ? [[service.acronym, service] as const] : [],
  ),
);

/** The catalogue entry with this id, or undefined. */
export function catalogueServiceById(id: string): CatalogueService | undefined {
  return byId.get(id);
}

/** The catalogue entry whose acronym this is ('MASH'), or undefined. */
export function catalogueServiceByAcronym(acronym: string): CatalogueService | undefined {
  return byAcronym.get(acronym);
}

/**
 * The kind of a service known only by its full name, from the catalogue's kind rules, else from its
 * head noun ('... Team' → `team`). Lower-case matching on whole words.
 */
export function kindOfServiceName(fullName: string): string {
  const lower = ` ${fullName.toLowerCase().replace(/[’']/g, "'")} `;
  for (const rule of SERVICE_CATALOGUE.kindRules) {
    if (rule.words.some((word) => lower.includes(` ${word}`))) return rule.kind;
  }
  const head = lower.trim().split(/\s+/).pop() ?? "";
  if (/^teams?$/.test(head)) return "team";
  if (/^hubs?$/.test(head)) return "hub";
  if (/^(panels?|meetings?|forum)$/.test(head)) return "panel";
  return "service";
}
