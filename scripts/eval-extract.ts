/**
 * Measures extraction against the shared corpus: `npm run eval:extract`.
 *
 * Runs extraction over every file of ../shared/corpus/ilacs and compares each field with the reference
 * extraction (reference.csv) where the reference has a value; where it has none (most pre-2018 SIF
 * reports), reports how often extraction found one. Prints every disagreement so that it can be checked
 * against the PDF (the reference can be wrong), and how long extraction took.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { AppError } from "../src/domain/AppError.ts";
import type { InspectionRecord } from "../src/domain/InspectionRecord.ts";
import { extractDocument } from "../src/extract/extractDocument.ts";
import { normalisePersonName } from "../src/extract/header/normalisePersonName.ts";
import { readDocumentFile } from "../src/extract/readDocumentFile.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const corpus = resolve(repoRoot, "../shared/corpus");
const folder = join(corpus, "ilacs");

/** The reference's markers for 'no such judgement' and 'no value'. */
const NO_JUDGEMENT = new Set(["inspection_pre_dates_judgement", "not_reported_post_reform"]);
const NO_VALUE = new Set(["", "data_unreadable"]);

type Row = Record<string, string>;
type Value = string | null;

interface Field {
  name: string;
  /** The reference's value, normalised; undefined when the reference has none. */
  reference: (row: Row) => Value | undefined;
  ours: (record: InspectionRecord) => Value;
}

const grade = (column: string, area: (record: InspectionRecord) => string): Field => ({
  name: column.replace(/_grade$/, ""),
  reference: (row) => {
    const value = row[column] ?? "";
    if (NO_VALUE.has(value)) return undefined;
    if (NO_JUDGEMENT.has(value)) return null;
    return value.toUpperCase().replace(/ /g, "_");
  },
  ours: (record) => record.judgements.find((judgement) => judgement.area === area(record))?.grade ?? null,
});

const combinedCare = (record: InspectionRecord) =>
  record.judgements.some((judgement) => judgement.area === "CHILDREN_IN_CARE_AND_CARE_LEAVERS")
    ? "CHILDREN_IN_CARE_AND_CARE_LEAVERS"
    : "CHILDREN_IN_CARE";

const FIELDS: Field[] = [
  {
    name: "start date",
    reference: (row) => isoDate(row.inspection_start_date),
    ours: (r) => r.visit.startDate,
  },
  { name: "end date", reference: (row) => isoDate(row.inspection_end_date), ours: (r) => r.visit.endDate },
  {
    name: "lead inspector",
    reference: (row) =>
      row.inspector_name ? (normalisePersonName(row.inspector_name) ?? row.inspector_name) : undefined,
    ours: (r) => r.inspectors.find((inspector) => inspector.lead)?.name ?? null,
  },
  {
    name: "visit type",
    reference: (row) =>
      row.inspection_framework ? `${row.inspection_framework.toUpperCase()}_INSPECTION` : undefined,
    ours: (r) => r.visit.type,
  },
  grade("overall_effectiveness_grade", () => "OVERALL_EFFECTIVENESS"),
  grade("impact_of_leaders_grade", () => "IMPACT_OF_LEADERS"),
  grade("help_and_protection_grade", () => "HELP_AND_PROTECTION"),
  grade("in_care_grade", combinedCare),
  grade("care_leavers_grade", () => "CARE_LEAVERS"),
];

function isoDate(value: string | undefined): Value | undefined {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value ?? "");
  return match ? `${match[3]}-${match[2]}-${match[1]}` : undefined;
}

/** Parses CSV with quoted fields (RFC 4180) into rows keyed by the header. */
function parseCsv(text: string): Row[] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      record.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n") index++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += char;
  }
  if (field.length > 0 || record.length > 0) records.push([...record, field]);
  const [header = [], ...rows] = records.filter((row) => row.some((cell) => cell.length > 0));
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ""])));
}

const percent = (part: number, whole: number) =>
  whole === 0 ? "   -  " : `${((100 * part) / whole).toFixed(1).padStart(5)}%`;

async function main(): Promise<void> {
  if (!existsSync(folder)) {
    console.log(`eval:extract: the corpus is missing (looked for ${folder}); nothing to evaluate.`);
    return;
  }
  const referencePath = join(corpus, "reference.csv");
  const reference = new Map(
    (existsSync(referencePath) ? parseCsv(readFileSync(referencePath, "utf8")) : []).map((row) => [
      row.file ?? "",
      row,
    ]),
  );
  const files = readdirSync(folder)
    .filter((name) => /\.(pdf|txt)$/i.test(name))
    .sort();
  const records: Array<{ file: string; record: InspectionRecord; ms: number }> = [];
  const unreadable: Array<{ file: string; reason: string }> = [];
  const started = performance.now();
  for (const file of files) {
    const begun = performance.now();
    try {
      const { record } = await extractDocument({
        source: file,
        bytes: await readDocumentFile(join(folder, file)),
      });
      records.push({ file, record, ms: performance.now() - begun });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      unreadable.push({ file, reason: error.message });
    }
  }
  const elapsed = performance.now() - started;

  console.log(`Extraction over ${files.length} files in ${folder}`);
  console.log(
    `  readable ${records.length}, unreadable ${unreadable.length}, ${(elapsed / 1000).toFixed(1)} s in all`,
  );
  const slowest = [...records].sort((a, b) => b.ms - a.ms)[0];
  if (slowest)
    console.log(
      `  slowest: ${slowest.file} ${slowest.ms.toFixed(0)} ms; mean ${(elapsed / files.length).toFixed(0)} ms`,
    );
  for (const { reason } of unreadable) console.log(`  unreadable: ${reason}`);

  console.log("\nAgreement with reference.csv where it has a value; coverage where it has none");
  console.log(
    `  ${"field".padEnd(22)} ${"agree".padStart(9)} ${"".padStart(6)}   ${"found / no reference".padStart(20)}`,
  );
  const disagreements: string[] = [];
  for (const field of FIELDS) {
    let compared = 0;
    let agreed = 0;
    let uncovered = 0;
    let found = 0;
    for (const { file, record } of records) {
      const row = reference.get(file);
      const expected = row ? field.reference(row) : undefined;
      const actual = field.ours(record);
      if (expected === undefined) {
        uncovered++;
        if (actual !== null) found++;
        continue;
      }
      compared++;
      if (expected === actual) agreed++;
      else
        disagreements.push(
          `  ${file}  ${field.name}: ours ${actual ?? "(none)"}, reference ${expected ?? "(none)"}`,
        );
    }
    console.log(
      `  ${field.name.padEnd(22)} ${`${agreed}/${compared}`.padStart(9)} ${percent(agreed, compared)}   ${`${found}/${uncovered}`.padStart(20)}`,
    );
  }

  const count = (test: (record: InspectionRecord) => boolean) =>
    records.filter(({ record }) => test(record)).length;
  const total = records.length;
  console.log(`\nPer report (${total} readable)`);
  const perReport: Array<[string, (record: InspectionRecord) => boolean]> = [
    ["start and end dates", (r) => r.visit.startDate !== null && r.visit.endDate !== null],
    ["visit type (not OTHER)", (r) => r.visit.type !== "OTHER"],
    ["lead inspector", (r) => r.inspectors.some((inspector) => inspector.lead)],
    ["grades (at least one)", (r) => r.judgements.length > 0],
    ["at least 1 recommendation", (r) => r.recommendations.length > 0],
    ["authority", (r) => r.authority.id.length > 0],
    ["document date", (r) => r.document.date !== null],
  ];
  for (const [name, test] of perReport) {
    const n = count(test);
    console.log(`  ${name.padEnd(28)} ${`${n}/${total}`.padStart(8)} ${percent(n, total)}`);
  }
  const sif = records.filter(({ record }) => record.visit.type === "SIF_INSPECTION");
  const sifAreas = [
    "OVERALL_EFFECTIVENESS",
    "SIF_HELP_AND_PROTECTION",
    "SIF_LOOKED_AFTER_AND_PERMANENCE",
    "SIF_ADOPTION_PERFORMANCE",
    "SIF_CARE_LEAVERS",
    "SIF_LEADERSHIP_MANAGEMENT_GOVERNANCE",
    "SIF_LSCB",
  ];
  console.log(
    `\nSIF reports (${sif.length}; the reference has no grades for them): reports with each judgement`,
  );
  for (const area of sifAreas) {
    const n = sif.filter(({ record }) =>
      record.judgements.some((judgement) => judgement.area === area),
    ).length;
    console.log(`  ${area.padEnd(38)} ${`${n}/${sif.length}`.padStart(6)}`);
  }
  const missing = records.filter(
    ({ record }) =>
      record.visit.startDate === null ||
      record.visit.type === "OTHER" ||
      !record.inspectors.some((inspector) => inspector.lead) ||
      record.judgements.length === 0,
  );
  if (missing.length > 0) {
    console.log(
      "  reports with no dates, visit type OTHER, no lead inspector or no grades (to read by hand):",
    );
    for (const { file, record } of missing) {
      console.log(
        `    ${file}: ${record.visit.type} ${record.visit.startDate ?? "no date"} lead ${record.inspectors.find((i) => i.lead)?.name ?? "none"} grades ${record.judgements.length}`,
      );
    }
  }

  console.log(`\nDisagreements (${disagreements.length}): check each against the PDF`);
  for (const line of disagreements) console.log(line);
}

await main();
