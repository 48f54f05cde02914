/**
 * Measures what extraction says a report means against careful human readers: `npm run eval:meaning`.
 *
 * Reads `../shared/corpus/findings-dev.jsonl` (hand-labelled sentences of ten reports, with polarity and
 * themes, and every service each report names) and extracts the same reports. A labelled sentence is
 * found when a finding of its report contains it or shares at least 80% of its words (the corpus
 * README's rule). Prints the four headline figures, a polarity confusion table, per-theme precision and
 * recall, services missed and spurious, and the worst cases of each. `--json` prints the figures only;
 * `--set=data/labels/findings-tune.jsonl` measures the project's own labelled set of other reports instead.
 */
import { z } from "zod";
import type { Finding, InspectionRecord, Service } from "../src/domain/InspectionRecord.ts";
import {
  confusionTable,
  extractReport,
  perThemeTable,
  scoreThemes,
  normaliseForMatch,
  percent,
  evalOptions,
  labelledLines,
  wordOverlap,
  wordsOf,
} from "./eval/corpus.ts";

const POLARITIES = ["STRENGTH", "WEAKNESS", "MIXED", "NEUTRAL"] as const;

const LabelledReport = z.object({
  file: z.string(),
  findings: z.array(
    z.object({ text: z.string(), polarity: z.enum(POLARITIES), themes: z.array(z.string()) }),
  ),
  services: z.array(z.object({ name: z.string(), acronym: z.string().nullable(), kind: z.string() })),
});
type LabelledReport = z.infer<typeof LabelledReport>;
type LabelledService = LabelledReport["services"][number];

/** The finding of the report that holds the labelled sentence, or null when none does. */
function findSentence(sentence: string, findings: readonly Finding[]): Finding | null {
  const wanted = normaliseForMatch(sentence);
  const containing = findings.find((f) => normaliseForMatch(f.text).includes(wanted));
  if (containing) return containing;
  let best: { finding: Finding; overlap: number } | null = null;
  for (const finding of findings) {
    const overlap = wordOverlap(sentence, finding.text);
    if (best === null || overlap > best.overlap) best = { finding, overlap };
  }
  return best !== null && best.overlap >= 0.8 ? best.finding : null;
}

/** A service name reduced for comparison: no leading 'the', no plural, straight apostrophes. */
function nameKey(name: string): string {
  return wordsOf(name.replace(/\([^)]*\)/g, " "))
    .filter((word, index) => !(index === 0 && word === "the"))
    .map((word) => word.replace(/'s$/, "").replace(/s$/, ""))
    .join(" ");
}

function surfaceNames(service: Service): string[] {
  return [service.name, service.fullName, service.acronym, ...service.aliases].filter(
    (name): name is string => name !== null && name.length > 0,
  );
}

/**
 * Whether an extracted service is the labelled one: the same acronym, or the same name once reduced,
 * or one name's words inside the other's with the same head noun ('Compass service' in 'multi-agency
 * Compass service').
 */
function sameService(labelled: LabelledService, service: Service): boolean {
  if (labelled.acronym && service.acronym && labelled.acronym.toLowerCase() === service.acronym.toLowerCase())
    return true;
  const wanted = [labelled.name, labelled.acronym].filter((n): n is string => n !== null).map(nameKey);
  for (const surface of surfaceNames(service).map(nameKey)) {
    for (const name of wanted) {
      if (surface === name) return true;
      const [short, long] = surface.length < name.length ? [surface, name] : [name, surface];
      const shortWords = short.split(" ");
      if (
        shortWords.length >= 2 &&
        shortWords.at(-1) === long.split(" ").at(-1) &&
        ` ${long} `.includes(` ${short} `)
      )
        return true;
    }
  }
  return false;
}

interface Outcome {
  file: string;
  text: string;
  label: (typeof POLARITIES)[number];
  labelThemes: string[];
  finding: Finding | null;
}

async function main(): Promise<void> {
  const { set, worst: limit, json: jsonOnly } = evalOptions(15);
  const lines = labelledLines("eval:meaning", "findings-dev.jsonl", set);
  if (lines === null) return;
  const reports = lines.map((line) => LabelledReport.parse(line));
  const outcomes: Outcome[] = [];
  const servicesMissed: string[] = [];
  const servicesSpurious: string[] = [];
  let servicesLabelled = 0;
  let servicesFound = 0;
  let servicesExtracted = 0;
  let servicesRight = 0;
  const kindsOfFound = new Map<string, number>();
  for (const report of reports) {
    const record: InspectionRecord = await extractReport(report.file);
    for (const labelled of report.findings) {
      outcomes.push({
        file: report.file,
        text: labelled.text,
        label: labelled.polarity,
        labelThemes: labelled.themes,
        finding: findSentence(labelled.text, record.findings),
      });
    }
    const matchedExtracted = new Set<Service>();
    for (const labelled of report.services) {
      servicesLabelled++;
      const match = record.services.find((service) => sameService(labelled, service));
      if (match) {
        servicesFound++;
        matchedExtracted.add(match);
      } else
        servicesMissed.push(
          `${report.file}: ${labelled.name}${labelled.acronym ? ` (${labelled.acronym})` : ""}`,
        );
    }
    for (const service of record.services) {
      servicesExtracted++;
      kindsOfFound.set(service.kind, (kindsOfFound.get(service.kind) ?? 0) + 1);
      if (matchedExtracted.has(service) || report.services.some((labelled) => sameService(labelled, service)))
        servicesRight++;
      else servicesSpurious.push(`${report.file}: ${service.fullName ?? service.name} [${service.kind}]`);
    }
  }

  const found = outcomes.filter((o) => o.finding !== null);
  const confusion = new Map<string, number>();
  let agreed = 0;
  for (const o of outcomes) {
    const ours = o.finding?.polarity ?? "not found";
    confusion.set(`${o.label}>${ours}`, (confusion.get(`${o.label}>${ours}`) ?? 0) + 1);
    if (ours === o.label) agreed++;
  }
  const themes = scoreThemes(found.map((o) => ({ ours: o.finding?.themes ?? [], labelled: o.labelThemes })));
  const figures = {
    sentencesFound: found.length / outcomes.length,
    polarityAgreement: agreed / outcomes.length,
    polarityAgreementOfFound: found.filter((o) => o.finding?.polarity === o.label).length / found.length,
    themesF1: themes.f1,
    themesPrecision: themes.precision,
    themesRecall: themes.recall,
    servicesRecall: servicesFound / servicesLabelled,
    servicesPrecision: servicesExtracted === 0 ? 0 : servicesRight / servicesExtracted,
  };
  if (jsonOnly) {
    console.log(JSON.stringify(figures, null, 2));
    return;
  }

  const must = (value: number, target: number) => (value >= target ? "met" : "MISSED");
  console.log(
    `Meaning over ${set ?? "findings-dev"}: ${reports.length} reports, ${outcomes.length} labelled sentences, ${servicesLabelled} services\n`,
  );
  console.log(`  ${"measure".padEnd(44)} ${"ours".padStart(8)}  must reach`);
  const row = (name: string, value: string, target: string, met: string) =>
    console.log(`  ${name.padEnd(44)} ${value.padStart(8)}  ${target.padEnd(8)} ${met}`);
  row(
    "labelled sentences found as findings",
    percent(found.length, outcomes.length),
    ">= 97%",
    must(figures.sentencesFound, 0.97),
  );
  row(
    "polarity agreement (4 classes, of all)",
    percent(agreed, outcomes.length),
    ">= 90%",
    must(figures.polarityAgreement, 0.9),
  );
  row("  of the sentences found", (100 * figures.polarityAgreementOfFound).toFixed(1) + "%", "", "");
  row("finding themes, micro F1", themes.f1.toFixed(3), ">= 0.85", must(themes.f1, 0.85));
  row(
    "  precision / recall",
    `${(100 * themes.precision).toFixed(0)}%/${(100 * themes.recall).toFixed(0)}%`,
    "",
    "",
  );
  row(
    "services recall",
    percent(servicesFound, servicesLabelled),
    ">= 85%",
    must(figures.servicesRecall, 0.85),
  );
  row(
    "services precision",
    percent(servicesRight, servicesExtracted),
    ">= 85%",
    must(figures.servicesPrecision, 0.85),
  );

  console.log("\nPolarity: rows are the labels, columns ours");
  for (const line of confusionTable(POLARITIES, confusion, "not found")) console.log(line);

  console.log("\nThemes: per theme (labelled sentences found)");
  for (const line of perThemeTable(themes.perTheme)) console.log(line);

  console.log(`\nSentences not found as findings (${outcomes.length - found.length})`);
  for (const o of outcomes.filter((x) => x.finding === null).slice(0, limit))
    console.log(`  ${o.file}: ${o.text}`);
  const wrong = found.filter((o) => o.finding?.polarity !== o.label);
  console.log(`\nPolarity disagreements (${wrong.length}; first ${Math.min(limit, wrong.length)})`);
  for (const o of wrong.slice(0, limit))
    console.log(`  label ${o.label}, ours ${o.finding?.polarity}: ${o.text}`);
  const themeErrors = found
    .map((o) => {
      const ours = o.finding?.themes ?? [];
      return {
        o,
        extra: ours.filter((id) => !o.labelThemes.includes(id)),
        missing: o.labelThemes.filter((id) => !ours.includes(id)),
      };
    })
    .filter((e) => e.extra.length + e.missing.length > 0)
    .sort((a, b) => b.extra.length + b.missing.length - (a.extra.length + a.missing.length));
  console.log(
    `\nTheme disagreements (${themeErrors.length} sentences; worst ${Math.min(limit, themeErrors.length)})`,
  );
  for (const e of themeErrors.slice(0, limit))
    console.log(`  +[${e.extra.join(", ")}] -[${e.missing.join(", ")}]: ${e.o.text}`);
  console.log(
    `\nServices missed (${servicesMissed.length}; first ${Math.min(limit * 2, servicesMissed.length)})`,
  );
  for (const line of servicesMissed.slice(0, limit * 2)) console.log(`  ${line}`);
  console.log(
    `\nServices found that the labels do not have (${servicesSpurious.length}; first ${Math.min(limit * 2, servicesSpurious.length)})`,
  );
  for (const line of servicesSpurious.slice(0, limit * 2)) console.log(`  ${line}`);
  console.log("\nKinds of the services found (catch-all kinds: team, service, panel, hub)");
  console.log(
    `  ${[...kindsOfFound]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(", ")}`,
  );
}

await main();
