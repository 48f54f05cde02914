import { createHash } from "node:crypto";
import type { InspectionRecord } from "../../src/domain/InspectionRecord.ts";

type RecordChanges = Omit<Partial<InspectionRecord>, "visit" | "document"> & {
  visit?: Partial<InspectionRecord["visit"]>;
  document?: Partial<InspectionRecord["document"]>;
};

/**
 * A small valid record for graph tests that do not depend on extraction. `key` makes the document id
 * (sha256 of the key), so records made with the same key are the same document.
 */
export function makeRecord(
  key: string,
  changes: RecordChanges = {},
): { record: InspectionRecord; text: string } {
  const text = "Managers provide regular supervision. The MASH is effective.\n";
  const span = (start: number, end: number) => ({ start, end, page: null });
  const base: InspectionRecord = {
    source: `${key}.txt`,
    document: {
      id: createHash("sha256").update(key).digest("hex"),
      kind: "OFSTED_LETTER",
      title: `Letter ${key}`,
      date: "2021-08-31",
      textLength: text.length,
      pageCount: null,
    },
    authority: { id: "testshire", name: "Testshire" },
    visit: {
      type: "FOCUSED_VISIT",
      startDate: "2021-07-21",
      endDate: "2021-07-22",
      periods: [{ start: "2021-07-21", end: "2021-07-22" }],
      framework: "ILACS",
      focusAreas: [],
      sequenceNumber: null,
      previousJudgement: null,
    },
    inspectors: [{ name: "Ann Inspector", lead: true }],
    dcs: { name: "Dee Director", title: "Director of Children's Services" },
    author: null,
    judgements: [],
    recommendations: [
      {
        ordinal: 1,
        text: "The quality of supervision.",
        themes: ["supervision"],
        services: [],
        span: span(0, 37),
      },
    ],
    findings: [
      {
        ordinal: 1,
        text: "Managers provide regular supervision.",
        section: "Findings",
        polarity: "STRENGTH",
        themes: ["supervision"],
        services: [],
        span: span(0, 37),
      },
      {
        ordinal: 2,
        text: "The MASH is effective.",
        section: "Findings",
        polarity: "STRENGTH",
        themes: ["front-door"],
        services: ["mash"],
        span: span(38, 60),
      },
    ],
    services: [
      {
        id: "mash",
        name: "MASH",
        acronym: "MASH",
        fullName: "multi-agency safeguarding hub",
        aliases: [],
        kind: "mash",
        relations: [],
      },
    ],
    actions: [],
  };
  const record: InspectionRecord = {
    ...base,
    ...changes,
    visit: { ...base.visit, ...changes.visit },
    document: { ...base.document, ...changes.document },
  };
  return { record, text };
}
