import { describe, expect, it } from "vitest";
import { useSeededApi } from "../helpers/seededApi.ts";

// The statements behind explore's tree, recurringServices and themeTimeline read only the finding keys the
// query's selection needs (src/graphql/findingRowKeys.ts). Whatever is asked, each finding must answer as
// `finding(id:)`, which reads the whole row, does.

const seeded = useSeededApi();

const EVERY_FIELD = `id text section polarity themes { id label } services { id name kind { id name } }
  visit { id startDate } evidence { start end page text document { id } }`;

/** A few fields, one of them through a fragment. */
const SOME_FIELDS = `id ...Words`;
const WORDS = `fragment Words on Finding { text }`;

async function query(text: string, variables: Record<string, unknown> = {}) {
  const { status, body } = await seeded.api.post(text, variables);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data;
}

/** Each finding as `finding(id:)` answers with the same selection. */
async function byId(findings: Array<{ id: string }>, selection: string, fragments = "") {
  const answers = [];
  for (const { id } of findings) {
    answers.push(
      (await query(`query($id: ID!) { finding(id: $id) { ${selection} } } ${fragments}`, { id })).finding,
    );
  }
  return answers;
}

const LISTS: Array<[string, (selection: string, fragments: string) => Promise<Array<{ id: string }>>]> = [
  [
    "explore's tree",
    async (selection, fragments) => {
      const data = await query(
        `{ authorities(first: 5) { nodes { visits(first: 3) { nodes { findings(first: 8) { nodes { ${selection} } } } } } } } ${fragments}`,
      );
      return data.authorities.nodes.flatMap((a: any) => a.visits.nodes.flatMap((v: any) => v.findings.nodes));
    },
  ],
  [
    "recurringServices",
    async (selection, fragments) => {
      const data = await query(
        `{ recurringServices(authorityId: "hertfordshire", minVisits: 1) { visits { findings { ${selection} } } } } ${fragments}`,
      );
      return data.recurringServices
        .flatMap((r: any) => r.visits.flatMap((v: any) => v.findings))
        .slice(0, 20);
    },
  ],
  [
    "themeTimeline",
    async (selection, fragments) => {
      const data = await query(
        `{ themeTimeline(themeId: "supervision", authorityId: "hertfordshire") {
          entries { strengths { ${selection} } weaknesses { id } mixed { ${selection} } } } } ${fragments}`,
      );
      return data.themeTimeline.entries.flatMap((e: any) => [...e.strengths, ...e.mixed]);
    },
  ],
];

describe("findings read for the fields a query asks", () => {
  it.each(LISTS)("%s: every field answers as the finding itself", async (_name, list) => {
    const findings = await list(EVERY_FIELD, "");
    expect(findings.length).toBeGreaterThan(0);
    expect(findings).toEqual(await byId(findings, EVERY_FIELD));
  });

  it.each(LISTS)(
    "%s: a few fields, through a fragment, answer as the finding itself",
    async (_name, list) => {
      const findings = await list(SOME_FIELDS, WORDS);
      expect(findings.length).toBeGreaterThan(0);
      expect(Object.keys(findings[0]!).sort()).toEqual(["id", "text"]);
      expect(findings).toEqual(await byId(findings, SOME_FIELDS, WORDS));
    },
  );
});
