/**
 * How the numbers in src/trace/traceTuning.ts were chosen: `npm run tune:trace -- '<grid as JSON>'`.
 *
 * Extracts the reports of the project's own labelled pairs (data/labels/trace-tune.jsonl) and, where it
 * exists, of the shared development set, then tries every combination of the given values (each key a
 * TraceTuning field, each value a list) with the same `followUp` the service runs, and prints the best
 * combinations by status agreement over both sets together, with each set's figure and the number of
 * opposite-direction errors. With no grid it scores the current TRACE_TUNING.
 *
 * @example npm run tune:trace -- '{"minRelevance":[0.05,0.1],"improvedAtMost":[0.2,0.3]}'
 */
import type { InspectionRecord } from "../src/domain/InspectionRecord.ts";
import { followUp } from "../src/trace/followUp.ts";
import { TRACE_TUNING, type TraceTuning } from "../src/trace/traceTuning.ts";
import { oppositeStatuses, TraceLabel } from "./eval/traceLabel.ts";
import { cachedExtractReport, readLabelledSet, readProjectSet } from "./eval/corpus.ts";
import { labelledRecommendation, laterVisitOf } from "./eval/traceOffline.ts";

interface Case {
  set: string;
  label: TraceLabel;
  recommendation: InspectionRecord["recommendations"][number];
  later: InspectionRecord;
}

async function loadCases(): Promise<Case[]> {
  const sets: Array<[string, unknown[] | null]> = [
    ["trace-tune", readProjectSet("data/labels/trace-tune.jsonl")],
    ["trace-dev", readLabelledSet("tune:trace", "trace-dev.jsonl")],
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
  const results = combinations(grid).map((changes) => {
    const tuning = { ...TRACE_TUNING, ...changes };
    const right = new Map<string, number>();
    let opposite = 0;
    for (const c of cases) {
      const status = followUp(c.recommendation, laterVisitOf(c.later), tuning).status;
      if (status === c.label.status) right.set(c.set, (right.get(c.set) ?? 0) + 1);
      if (oppositeStatuses(status, c.label.status)) opposite++;
    }
    const all = [...right.values()].reduce((a, b) => a + b, 0) / cases.length;
    return { changes, all, right, opposite };
  });
  results.sort((a, b) => b.all - a.all || a.opposite - b.opposite);
  const size = (set: string) => cases.filter((c) => c.set === set).length;
  console.log(`${cases.length} labelled recommendations (${sets.map((s) => `${s} ${size(s)}`).join(", ")})`);
  for (const r of results.slice(0, 10)) {
    const perSet = sets
      .map((s) => `${s} ${((100 * (r.right.get(s) ?? 0)) / size(s)).toFixed(1)}%`)
      .join("  ");
    console.log(
      `${(100 * r.all).toFixed(1)}%  ${perSet}  opposite ${r.opposite}  ${JSON.stringify(r.changes)}`,
    );
  }
}

await main();
