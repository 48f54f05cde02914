import { z } from "zod";
import { Slug } from "../../domain/InspectionRecord.ts";
import { serviceKindById } from "../../domain/ServiceKinds.ts";
import catalogueJson from "./serviceCatalogue.json" with { type: "json" };

/**
 * The curated catalogue of named services (MASH, MACE, SASH, Get Safe...), of the kinds in
 * `src/domain/serviceKinds.json`, how generic names of some kinds join one service, and the rules that recognise and classify services defined only in the text
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
    /** Kinds an authority has one of (`single`: their service id) or whose generic name joins another kind. */
    kinds: z.array(z.object({ id: Slug, single: Slug.optional(), joins: Slug.optional() })),
    services: z.array(CatalogueService).min(1),
    heads: z.array(z.string().min(1)),
    aliasHeads: z.array(z.string().min(1)),
    notServices: z.array(z.string().min(1)),
    kindRules: z.array(
      z.object({
        kind: Slug,
        words: z.array(z.string().min(1)).min(1),
        heads: z.array(z.string().min(1)).optional(),
      }),
    ),
  })
  .superRefine((file, ctx) => {
    const kinds = [
      ...file.kinds.flatMap((kind) => [kind.id, ...(kind.joins ? [kind.joins] : [])]),
      ...file.services.map((service) => service.kind),
      ...file.kindRules.map((rule) => rule.kind),
    ];
    for (const kind of new Set(kinds)) {
      if (!serviceKindById(kind)) ctx.addIssue({ code: "custom", message: `unknown service kind ${kind}` });
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

const singles = new Map(
  SERVICE_CATALOGUE.kinds.flatMap((kind) => (kind.single ? [[kind.id, kind.single] as const] : [])),
);
const joinedKinds = new Map(
  SERVICE_CATALOGUE.kinds.flatMap((kind) => (kind.joins ? [[kind.id, kind.joins] as const] : [])),
);

/**
 * The kind whose one service a generic name of this kind means when the report names none of its own
 * kind: 'the front door' of a report whose front door is its MASH → `mash`.
 */
export function joinedKindOf(kind: string): string | undefined {
  return joinedKinds.get(kind);
}

const CATCH_ALL_KINDS = new Set(["team", "service", "hub", "panel"]);
const notServices = SERVICE_CATALOGUE.notServices.map((phrase) => straight(phrase.toLowerCase()));

/**
 * The service id of a kind an authority has only one of ('virtual-school', 'lado', 'fostering-service'),
 * or undefined for kinds that come in many (panels, teams). A generic name of such a kind ('the
 * fostering team') takes this id, so that one authority's reports name the same service alike.
 */
export function singleServiceIdOfKind(kind: string): string | undefined {
  return singles.get(kind);
}

/** Whether a kind says no more than the head noun did ('team', 'service', 'hub', 'panel'). */
export function isCatchAllKind(kind: string): boolean {
  return CATCH_ALL_KINDS.has(kind);
}

/**
 * Whether a name is of something SERVICES.md does not count as a service: a governance board, a
 * children in care council, a whole organisation, a leadership team ('corporate parenting panel').
 */
export function isNotService(name: string): boolean {
  const lower = straight(name.toLowerCase());
  return notServices.some((phrase) => lower.includes(phrase));
}

function straight(value: string): string {
  return value.replace(/[’‘]/g, "'");
}

/**
 * The kind of a service known only by its name, from the catalogue's kind rules (the first rule with a
 * word of the name, and its head noun where the rule names heads), else from its head noun ('... Team' →
 * `team`). Lower-case matching at word starts.
 */
export function kindOfServiceName(fullName: string): string {
  const lower = ` ${straight(fullName.toLowerCase())} `;
  const head = lower.trim().split(/\s+/).pop() ?? "";
  for (const rule of SERVICE_CATALOGUE.kindRules) {
    if (rule.heads && !rule.heads.includes(head)) continue;
    if (rule.words.some((word) => lower.includes(` ${straight(word)}`))) return rule.kind;
  }
  if (/^teams?$/.test(head)) return "team";
  if (/^hubs?$/.test(head)) return "hub";
  if (/^(panels?|meetings?|forum)$/.test(head)) return "panel";
  return "service";
}
