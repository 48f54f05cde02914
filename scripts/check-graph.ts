// `npm run check:graph`: what the graph stores, as figures two ingests can be compared by: node counts per
// label, relationship counts per type, the visit fingerprints (graph/visit-fingerprint: each visit's
// derived properties, documents, findings and the visit it FOLLOWS) with their digest, and a digest of
// every node's properties and every relationship (type, properties, ends). Only when documents were
// ingested (`ingestedAt`) is left out. Two graphs built from the same documents print the same lines.
// Connects like the CLI: the server NEO4J_URI names, or the project's local Neo4j.
import { createHash } from "node:crypto";
import { openGraph } from "../src/cli/openGraph.ts";
import { loadConfig } from "../src/config/config.ts";
import { createLogger } from "../src/log/createLogger.ts";
import { countGraph } from "../src/store/countGraph.ts";

/** A JSON text of `value` with object keys sorted, so that equal values give equal texts. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  return JSON.stringify(value) ?? "null";
}

function digest(lines: string[]): string {
  const hash = createHash("sha256");
  for (const line of [...lines].sort()) hash.update(`${line}\n`);
  return hash.digest("hex").slice(0, 16);
}

const graph = await openGraph(loadConfig(), createLogger("warn"));
try {
  const { executor } = graph;
  const counts = await countGraph(executor);
  const relationships = await executor.readTransaction((tx) => tx.run("check/list-relationships"));
  const nodes = await executor.readTransaction((tx) => tx.run("check/list-nodes"));
  const visits = await executor.readTransaction((tx) => tx.run("graph/visit-fingerprint"));
  const perType = new Map<string, number>();
  for (const row of relationships) perType.set(String(row.type), (perType.get(String(row.type)) ?? 0) + 1);
  const out: string[] = ["nodes per label"];
  for (const [label, count] of Object.entries(counts.nodes)) out.push(`  ${label} ${count}`);
  out.push(`relationships per type (${counts.relationships} in all)`);
  for (const [type, count] of [...perType].sort(([a], [b]) => a.localeCompare(b)))
    out.push(`  ${type} ${count}`);
  const follows = visits.filter((v) => v.follows !== null).length;
  out.push(
    `visit fingerprints: ${visits.length} visits, ${follows} following another, digest ${digest(visits.map(canonical))}`,
  );
  const byLabel = new Map<string, string[]>();
  for (const row of nodes) {
    const { ingestedAt: _ingestedAt, ...props } = row.props as Record<string, unknown>;
    const label = (row.labels as string[]).join(":");
    byLabel.set(label, [...(byLabel.get(label) ?? []), canonical(props)]);
  }
  out.push("node properties digest per label");
  for (const [label, lines] of [...byLabel].sort(([a], [b]) => a.localeCompare(b)))
    out.push(`  ${label} ${digest(lines)}`);
  out.push(`relationships digest ${digest(relationships.map(canonical))}`);
  process.stdout.write(`${out.join("\n")}\n`);
} finally {
  await graph.close();
}
