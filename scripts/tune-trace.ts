/**
 * How the numbers in src/trace/traceTuning.ts are chosen: `npm run tune:trace -- '<grid as JSON>'`.
 *
 * Extracts the reports of the project's own labelled pairs (every data/labels/trace-tune*.jsonl) and,
 * where it exists, of the shared development set, then tries every combination of the given values (each
 * key a TraceTuning field, each value a list) with the same `followUp` the service runs, and prints the
 * best combinations by status agreement over the project's own sets only, with the number of
 * opposite-direction errors there. The development set's figure is printed beside them for information
 * and never chooses: it is how others check the result, so it must not be tuned on. With no grid it
 * scores the current TRACE_TUNING.
 *
 * @example npm run tune:trace -- '{"minRelevance":[0.05,0.1],"improvedAtMost":[0.2,0.3]}'
 */
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import type { InspectionRecord } from "../src/domain/InspectionRecord.ts";
import { followUp } from "../src/trace/followUp.ts";
import { TRACE_TUNING, type TraceTuning } from "../src/trace/traceTuning.ts";
import { oppositeStatuses, TraceLabel } from "./eval/traceLabel.ts";
import { cachedExtractReport, readLabelledSet, readProjectSet, repoRoot } from "./eval/corpus.ts";
import { labelledRecommendation, laterVisitOf } from "./eval/traceOffline.ts";

/** The set that chooses, and the one only shown. */
const TUNED_ON = "project sets";
const SHOWN = "trace-dev (not tuned on)";

interface Case {
  set: string;
  label: TraceLabel;
  recommendation: InspectionRecord["recommendations"][number];
  later: InspectionRecord;
}

async function loadCases(): Promise<Case[]> {
  const own = readdirSync(resolve(repoRoot, "data/labels"))
    .filter((name) => /^trace-tune.*\.jsonl$/u.test(name))
    .flatMap((name) => readProjectSet(`data/labels/${name}`));
  const sets: Array<[string, unknown[] | null]> = [
    [TUNED_ON, own],
    [SHOWN, readLabelledSet("tune:trace", "trace-dev.jsonl")],
  ];
  const record = cachedExtractReport();
  const cases: Case[] = [];
  for (const [set, lines] of sets) {
    for (const line of lines ?? []) {
      const label = TraceLabel.parse(line);
      const recommendation = labelledRecommendation((await record(label.earlier)).recommendations, label);
      if (recommendation) cases.push({ set, label, recommendation, later: await record(label.later) });
    }
  }
  return cases;
}

function combinations(grid: Record<string, number[]>): Array<Partial<TraceTuning>> {
  let combos: Array<Partial<TraceTuning>> = [{}];
  for (const [key, values] of Object.entries(grid)) {
    combos = combos.flatMap((combo) => values.map((value) => ({ ...combo, [key]: value })));
  }
  return combos;
}

async function main(): Promise<void> {
  const grid = JSON.parse(process.argv[2] ?? "{}") as Record<string, number[]>;
  const unknown = Object.keys(grid).filter((key) => !(key in TRACE_TUNING));
  if (unknown.length > 0) throw new Error(`tune:trace: not TraceTuning fields: ${unknown.join(", ")}`);
  const cases = await loadCases();
  const sets = [...new Set(cases.map((c) => c.set))];
  const tuned = cases.filter((c) => c.set === TUNED_ON).length;
  const results = combinations(grid).map((changes) => {
    const tuning = { ...TRACE_TUNING, ...changes };
    const right = new Map<string, number>();
    let opposite = 0;
    for (const c of cases) {
      const status = followUp(c.recommendation, laterVisitOf(c.later), tuning).status;
      if (status === c.label.status) right.set(c.set, (right.get(c.set) ?? 0) + 1);
      if (c.set === TUNED_ON && oppositeStatuses(status, c.label.status)) opposite++;
    }
    return { changes, score: (right.get(TUNED_ON) ?? 0) / tuned, right, opposite };
  });
  results.sort((a, b) => b.score - a.score || a.opposite - b.opposite);
  const size = (set: string) => cases.filter((c) => c.set === set).length;
  console.log(`${cases.length} labelled recommendations (${sets.map((s) => `${s} ${size(s)}`).join(", ")})`);
  for (const r of results.slice(0, 10)) {
    const perSet = sets
      .map((s) => `${s} ${((100 * (r.right.get(s) ?? 0)) / size(s)).toFixed(1)}%`)
      .join("  ");
    console.log(`${perSet}  opposite ${r.opposite}  ${JSON.stringify(r.changes)}`);
  }
}

await main();
