import { createHash } from "node:crypto";
import { z } from "zod";
import type { Executor, StatementRunner } from "../src/db/Executor.ts";
import { EXTRACTOR_VERSION } from "../src/extract/extractorVersion.ts";
import { refreshKindSummaries } from "../src/store/refreshKindSummaries.ts";
import { storeFollowUps } from "../src/store/storeFollowUps.ts";
import { seededRandom } from "../tests/helpers/seededRandom.ts";

/** Sources of generated documents start with this, so they can be told from ingested ones. */
export const GENERATED_PREFIX = "bench://";

export interface ScaleOptions {
  /** Authorities in the scaled graph, the corpus's own included. */
  authorities: number;
  /** Visits per authority, the corpus's own included. */
  visitsPerAuthority: number;
  /**
   * About how many findings the scaled graph should hold, the corpus's included; null keeps every
   * finding of every cloned document (a graph of real-sized reports).
   */
  targetFindings: number | null;
  /** Seed of the pseudo-random choices: the same seed and templates give the same graph. */
  seed: number;
}

const Props = z.record(z.string(), z.unknown());
const Template = z.object({
  document: Props,
  authority: z.object({ id: z.string(), name: z.string() }),
  visit: Props,
  claim: Props,
  findings: z.array(Props),
  recommendations: z.array(Props),
  actions: z.array(Props),
  services: z.array(Props),
  judgements: z.array(z.object({ area: z.string(), grade: z.string() })),
  inspectors: z.array(z.object({ id: z.string(), name: z.string(), lead: z.boolean().nullable() })),
});
type Template = z.infer<typeof Template>;
type Props = Record<string, unknown>;

/** What the generator wrote, and the shape of the graph it made. */
export interface ScaleSummary {
  templates: number;
  authorities: number;
  visits: number;
  generatedDocuments: number;
  /** The share of each template's findings a generated visit keeps (to reach `targetFindings`). */
  findingSample: number;
  nodes: Record<string, number>;
  relationships: number;
  ms: number;
}

/** Months from January 2012 to June 2026, the span of the corpus: `YYYY-MM`. */
const MONTHS = Array.from({ length: 14 * 12 + 6 }, (_, i) => {
  const year = 2012 + Math.floor(i / 12);
  return `${year}-${String((i % 12) + 1).padStart(2, "0")}`;
});

/** The local part of a service id (`hertfordshire/mash` → `mash`). */
const local = (serviceId: string) => serviceId.slice(serviceId.indexOf("/") + 1);

/** One generated document and everything written with it. */
interface Generated {
  authorityId: string;
  document: Props;
  visitDetails: Props;
  services: Array<{ props: Props; kindName: string; documentId: string }>;
  findings: Props[];
  recommendations: Props[];
  actions: Props[];
}

/**
 * A clone of a template document for another visit: fresh ids throughout, the template's visit type,
 * claim, judgements, inspectors, services, recommendations and actions, and a sample of its findings
 * (each kept with probability `sample`, so theme, service and polarity shares stay those of the corpus).
 */
function cloneDocument(
  template: Template,
  authority: { id: string; name: string },
  month: string,
  sample: number,
  next: () => number,
): Generated {
  const source = `${GENERATED_PREFIX}${authority.id}/${month}`;
  const documentId = createHash("sha256").update(source).digest("hex");
  const prefix = documentId.slice(0, 16);
  const oldPrefix = String(template.document.id).slice(0, 16);
  const visitId = `${authority.id}/${month}`;
  const startDate = `${month}-10`;
  const endDate = template.visit.endDate ? `${month}-14` : null;
  const serviceIds = (ids: unknown) =>
    ((ids as string[] | null) ?? []).map((id) => `${authority.id}/${local(id)}`);
  const item = (props: Props, kind: string, key: unknown): Props => ({
    ...props,
    id: `${prefix}-${kind}${key}`,
    documentId,
    visitId,
    ...("serviceIds" in props ? { serviceIds: serviceIds(props.serviceIds) } : {}),
  });
  return {
    authorityId: authority.id,
    document: {
      authority,
      visit: { ...template.visit, id: visitId, authorityId: authority.id, startDate, endDate },
      props: {
        ...template.document,
        id: documentId,
        title: `${authority.name}: ${template.document.title}`,
        date: `${month}-28`,
        source,
        authorityId: authority.id,
        visitId,
        extractorVersion: EXTRACTOR_VERSION,
      },
      claim: { ...template.claim, startDate, endDate },
    },
    visitDetails: {
      visitId,
      documentId,
      judgements: template.judgements,
      inspectors: template.inspectors.map((i) => ({ ...i, lead: i.lead ?? false })),
    },
    services: template.services.map((s) => ({
      props: { ...s, id: `${authority.id}/${local(String(s.id))}`, authorityId: authority.id },
      kindName: String(s.acronym ?? s.name),
      documentId,
    })),
    findings: template.findings.filter(() => next() < sample).map((f) => item(f, "f", f.ordinal)),
    recommendations: template.recommendations.map((r) => item(r, "r", r.ordinal)),
    actions: template.actions.map((a) => ({
      ...item(a, "a", a.reference),
      ownerId: null,
      addressesId: typeof a.addressesId === "string" ? a.addressesId.replace(oldPrefix, prefix) : null,
    })),
  };
}

/** The documents to generate: per authority, the visits it lacks, each a clone of a random template. */
function plan(templates: Template[], options: ScaleOptions, next: () => number) {
  const byAuthority = new Map<string, { name: string; months: Set<string> }>();
  for (const t of templates) {
    const entry = byAuthority.get(t.authority.id) ?? { name: t.authority.name, months: new Set() };
    entry.months.add(String(t.visit.id).slice(t.authority.id.length + 1));
    byAuthority.set(t.authority.id, entry);
  }
  const authorities = [...byAuthority.entries()].map(([id, e]) => ({ id, name: e.name, months: e.months }));
  for (let n = authorities.length + 1; n <= options.authorities; n++) {
    const number = String(n).padStart(3, "0");
    authorities.push({ id: `generated-${number}`, name: `Generated Authority ${number}`, months: new Set() });
  }
  const visits: Array<{ authority: { id: string; name: string }; month: string; template: Template }> = [];
  for (const authority of authorities.slice(0, Math.max(options.authorities, 0))) {
    const free = MONTHS.filter((m) => !authority.months.has(m));
    const wanted = Math.max(0, options.visitsPerAuthority - authority.months.size);
    for (let i = 0; i < wanted && free.length > 0; i++) {
      const [month] = free.splice(Math.floor(next() * free.length), 1);
      const template = templates[Math.floor(next() * templates.length)] as Template;
      visits.push({
        authority: { id: authority.id, name: authority.name },
        month: month as string,
        template,
      });
    }
  }
  return { authorities: Math.max(options.authorities, byAuthority.size), visits };
}

/** Writes one batch of generated documents in one transaction, then relinks its authorities' visits. */
async function writeBatch(tx: StatementRunner, batch: Generated[]): Promise<void> {
  await tx.run("bench/create-documents", { documents: batch.map((g) => g.document) });
  await tx.run("bench/create-visit-details", { visits: batch.map((g) => g.visitDetails) });
  await tx.run("bench/merge-services", { services: batch.flatMap((g) => g.services) });
  await tx.run("bench/create-recommendations", { recommendations: batch.flatMap((g) => g.recommendations) });
  await tx.run("bench/create-findings", { findings: batch.flatMap((g) => g.findings) });
  await tx.run("bench/create-actions", { actions: batch.flatMap((g) => g.actions) });
  for (const authorityId of new Set(batch.map((g) => g.authorityId))) {
    await tx.run("graph/relink-visits", { authorityId });
  }
}

const Counts = z.object({ generated: z.number(), ingested: z.number() });

/** How many documents of the graph were generated and how many ingested from files. */
export async function countDocuments(executor: Executor): Promise<z.infer<typeof Counts>> {
  const [row] = await executor.read("bench/count-documents", { generatedPrefix: GENERATED_PREFIX }, Counts);
  return row ?? { generated: 0, ingested: 0 };
}

/**
 * Grows the ingested (corpus-derived) graph in the database to about `authorities` × `visitsPerAuthority`
 * visits and `targetFindings` findings: the corpus's authorities get the visits they lack and new
 * authorities are added, each visit one generated document cloned from a random ingested one (see
 * `cloneDocument`). Writes in transactions of `batchSize` documents through the parameterised
 * `cypher/bench/*` statements. The database must hold ingested documents and no generated ones yet.
 */
export async function scaleGraph(
  executor: Executor,
  options: ScaleOptions,
  log: (message: string) => void,
  batchSize = 40,
): Promise<ScaleSummary> {
  const start = performance.now();
  const rows = await executor.read("bench/read-templates", { generatedPrefix: GENERATED_PREFIX }, Template);
  const templates = rows.filter((t) => t.findings.length > 0);
  if (templates.length === 0) throw new Error("the bench database holds no ingested document to clone");
  const next = seededRandom(options.seed);
  const { authorities, visits } = plan(templates, options, next);
  const corpusFindings = rows.reduce((sum, t) => sum + t.findings.length, 0);
  const meanFindings = visits.reduce((sum, v) => sum + v.template.findings.length, 0) / (visits.length || 1);
  const sample =
    options.targetFindings === null
      ? 1
      : Math.min(1, Math.max(0, (options.targetFindings - corpusFindings) / (visits.length * meanFindings)));
  log(
    `scale: ${templates.length} templates, ${corpusFindings} corpus findings; generating ${visits.length} visits ` +
      `keeping ${(sample * 100).toFixed(1)}% of each template's findings`,
  );
  for (let i = 0; i < visits.length; i += batchSize) {
    const batch = visits
      .slice(i, i + batchSize)
      .map((v) => cloneDocument(v.template, v.authority, v.month, sample, next));
    await executor.writeTransaction((tx) => writeBatch(tx, batch));
    if ((i / batchSize) % 10 === 9) log(`scale: ${i + batch.length}/${visits.length} visits written`);
  }
  // The generator writes around the store's write path, so the counts it keeps are recounted once here.
  await executor.writeTransaction((tx) => refreshKindSummaries(tx, "all"));
  // And the follow-ups stored for tracing, for every authority it gave visits to (as a relink would).
  const traced = performance.now();
  let followUps = 0;
  for (const authorityId of new Set(visits.map((v) => v.authority.id)))
    followUps += await executor.writeTransaction((tx) => storeFollowUps(tx, authorityId));
  log(`scale: ${followUps} follow-ups traced and stored in ${Math.round(performance.now() - traced)} ms`);
  const [counts] = await executor.readTransaction((tx) => tx.run("graph/count-nodes"));
  const nodes = Object.fromEntries(
    ((counts?.nodes ?? []) as Array<{ label: string; count: number }>).map((n) => [n.label, n.count]),
  );
  return {
    templates: templates.length,
    authorities,
    visits: nodes.Visit ?? 0,
    generatedDocuments: visits.length,
    findingSample: sample,
    nodes,
    relationships: Number(counts?.relationships ?? 0),
    ms: performance.now() - start,
  };
}
