import { z } from "zod";
import { Slug } from "./InspectionRecord.ts";
import kindsJson from "./serviceKinds.json" with { type: "json" };

/**
 * The kinds of service shared across authorities (MASH, virtual school, fostering panel...): the
 * vocabulary that extraction classifies services into and that the graph names its ServiceKind nodes
 * by, so a kind's name never depends on which authority's report happened to be stored first.
 */

export const ServiceKindDefinition = z.object({
  id: Slug,
  label: z.string().min(1),
  acronym: z.string().min(1).optional(),
});
export type ServiceKindDefinition = z.infer<typeof ServiceKindDefinition>;

const ServiceKindsFile = z
  .object({ about: z.string(), kinds: z.array(ServiceKindDefinition).min(1) })
  .refine((file) => new Set(file.kinds.map((kind) => kind.id)).size === file.kinds.length, {
    message: "service kind ids must be unique",
  });

/** Every kind, validated once on load (a malformed `serviceKinds.json` throws a ZodError then). */
export const SERVICE_KINDS: readonly ServiceKindDefinition[] = Object.freeze(
  ServiceKindsFile.parse(kindsJson).kinds,
);

const byId = new Map(SERVICE_KINDS.map((kind) => [kind.id, kind]));

/** The kind with this id, or undefined. */
export function serviceKindById(id: string): ServiceKindDefinition | undefined {
  return byId.get(id);
}
