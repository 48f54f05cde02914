import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { useSeededApi } from "../helpers/seededApi.ts";
import { TEST_API_KEY } from "../helpers/startTestApi.ts";

const authorised = { authorization: `Bearer ${TEST_API_KEY}` };

const seeded = useSeededApi();

/** Statements sent to Neo4j while answering one request. */
async function roundTrips(query: string, variables: Record<string, unknown> = {}) {
  const before = seeded.executor.statementCount;
  const { body } = await seeded.api.post(query, variables);
  expect(body.errors).toBeUndefined();
  return { count: seeded.executor.statementCount - before, data: body.data };
}

describe("batching", () => {
  const NESTED = `query Nested($first: Int!) {
    visits(first: $first) {
      nodes {
        authority { name }
        inspectors { inspector { name } }
        findings(first: 50) {
          nodes { text themes { id } services { name kind { name } } }
        }
      }
    }
  }`;

  it("answers a four-level nested query over all visits in a fixed number of round trips", async () => {
    const one = await roundTrips(NESTED, { first: 1 });
    const all = await roundTrips(NESTED, { first: 100 });
    expect(all.data.visits.nodes.length).toBe(4);
    const findings = all.data.visits.nodes.flatMap((v: any) => v.findings.nodes);
    expect(findings.length).toBeGreaterThan(50);
    expect(findings.some((f: any) => f.services.length > 0)).toBe(true);
    // visits, authorities, inspectors, findings, themes, services, kinds: one statement each.
    expect(all.count).toBe(one.count);
    expect(all.count).toBeLessThanOrEqual(7);
  });

  it("answers a theme's timeline, authority included, in one statement", async () => {
    const TIMELINE = `query Timeline($authorityId: ID!) {
      themeTimeline(themeId: "supervision", authorityId: $authorityId) {
        theme { label } authority { name } entries { visit { id } weaknesses { text } }
      }
    }`;
    const known = await roundTrips(TIMELINE, { authorityId: "hertfordshire" });
    expect(known.data.themeTimeline.authority.name).toBe("Hertfordshire");
    expect(known.data.themeTimeline.entries.length).toBeGreaterThan(0);
    expect(known.count).toBe(1);
    const unknown = await roundTrips(TIMELINE, { authorityId: "atlantis" });
    expect(unknown.data.themeTimeline).toBeNull();
  });
});

describe("exploring both ways", () => {
  it("follows authority → visit → finding → service → kind → other authorities' services", async () => {
    const { body } = await seeded.api.post(`{
      serviceKind(id: "mash") {
        name
        services { nodes { id authority { id } findings { totalCount nodes { visit { authority { id } } } } } }
      }
    }`);
    const services = body.data.serviceKind.services.nodes;
    expect(services.map((s: any) => s.authority.id).sort()).toEqual(["herefordshire", "hertfordshire"]);
    for (const service of services) {
      expect(service.findings.totalCount).toBeGreaterThan(0);
      for (const finding of service.findings.nodes)
        expect(finding.visit.authority.id).toBe(service.authority.id);
    }
  });

  it("gives each relation from both ends: Get Safe is based in the MASH, which hosts it", async () => {
    const { body } = await seeded.api.post(`{
      getSafe: service(id: "herefordshire/get-safe") { basedIn { id } }
      mash: service(id: "herefordshire/mash") { hosts { id } }
    }`);
    expect(body.data.getSafe.basedIn.map((s: any) => s.id)).toEqual(["herefordshire/mash"]);
    expect(body.data.mash.hosts.map((s: any) => s.id)).toEqual(["herefordshire/get-safe"]);
  });

  it("follows an action to its themes and each theme back to its actions", async () => {
    const { body } = await seeded.api.post(
      `{ actions(first: 20) { nodes { id themes { id actions(first: 100) { nodes { id } } } } } }`,
    );
    const actions = body.data.actions.nodes;
    expect(actions).toHaveLength(9);
    const links = actions.flatMap((a: any) =>
      a.themes.map((t: any) => [a.id, t.actions.nodes.map((n: any) => n.id)]),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const [actionId, themeActions] of links) expect(themeActions).toContain(actionId);
  });

  it("pages with cursors and says when there is more", async () => {
    const first = await seeded.api.post(
      `{ findings(first: 2) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
    );
    const page = first.body.data.findings;
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await seeded.api.post(
      `query ($after: String) { findings(first: 2, after: $after) { edges { node { id } } pageInfo { hasPreviousPage } } }`,
      {
        after: page.pageInfo.endCursor,
      },
    );
    const ids = next.body.data.findings.edges.map((e: any) => e.node.id);
    expect(ids).toHaveLength(2);
    expect(ids).not.toContain(page.edges[1].node.id);
    expect(next.body.data.findings.pageInfo.hasPreviousPage).toBe(true);
  });

  it("sorts lists either way", async () => {
    const ids = async (order: string) =>
      (
        await seeded.api.post(
          `{ findings(first: 100, order: ${order}, filter: { authorityId: "herefordshire" }) { totalCount nodes { id } } visits(order: ${order}) { nodes { startDate } } }`,
        )
      ).body.data;
    const [ascending, descending] = [await ids("ASC"), await ids("DESC")];
    expect(ascending.findings.totalCount).toBe(ascending.findings.nodes.length);
    expect(descending.findings.nodes).toEqual([...ascending.findings.nodes].reverse());
    const dates = ascending.visits.nodes.map((v: any) => v.startDate);
    expect(dates).toEqual([...dates].sort());
    expect(descending.visits.nodes.map((v: any) => v.startDate)).toEqual([...dates].reverse());
  });
});

describe("limits and errors", () => {
  it("refuses a page larger than 100 with a clear message", async () => {
    const { body } = await seeded.api.post(`{ findings(first: 500) { totalCount } }`);
    expect(body.errors?.[0]?.message).toMatch(/'first' must be between 0 and 100/);
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses a query too deep or too expensive before running it", async () => {
    const before = seeded.executor.statementCount;
    let deep = "id";
    for (let i = 0; i < 8; i++) deep = `visit { previousVisit { ${deep} } }`;
    const tooDeep = await seeded.api.post(`{ finding(id: "x") { ${deep} } }`);
    expect(tooDeep.body.errors?.[0]?.message).toMatch(/exceeds maximum operation depth/);
    const costly = await seeded.api.post(
      `{ visits(first: 100) { nodes { findings(first: 100) { nodes { services { findings(first: 100) { totalCount } } } } } } }`,
    );
    expect(costly.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(seeded.executor.statementCount).toBe(before);
  });

  it("sends answers as UTF-8 with their length in bytes", async () => {
    const response = await fetch(seeded.api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `query($p: Polarity) { findings(filter: { polarity: $p }) { totalCount } }`,
        variables: { p: "Ofsted’s ‘café’" },
      }),
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get("content-type")).toMatch(/charset=utf-8/);
    expect(Number(response.headers.get("content-length"))).toBe(bytes.length);
    const body = JSON.parse(bytes.toString("utf8")) as { errors: Array<{ message: string }> };
    expect(body.errors[0]?.message).toContain("Ofsted’s ‘café’");
  });

  it("never shows a stack trace or Cypher", async () => {
    const { body } = await seeded.api.post(`{ findings(after: "not-a-cursor") { totalCount } }`);
    const text = JSON.stringify(body.errors);
    expect(body.errors?.[0]?.message).toMatch(/not a cursor/);
    expect(text).not.toMatch(/stacktrace|MATCH|\.ts:\d+/);
  });
});

describe("mutations", () => {
  const INGEST = `mutation Ingest($input: IngestDocumentInput!) {
    ingestDocument(input: $input) { status document { id kind } visit { id type } }
  }`;
  const letter = `Ofsted\n\n1 March 2024\n\nDear Ms Smith\n\nFocused visit to Rutland County Council children's services\n\nThis letter summarises the findings of a focused visit to Rutland County Council children's services on 6 and 7 February 2024. His Majesty's Inspectors for this visit were Ann Example and Bob Sample.\n\nHeadline findings\n\nSupervision is regular and reflective. Managers have a good oversight of practice.\n\nWhat needs to improve in this area of social work practice\n\n- The timeliness of return home interviews.\n`;

  it("refuses to write without the API key, and says how to authorise", async () => {
    const { body } = await seeded.api.post(INGEST, { input: { filename: "letter.txt", text: letter } });
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(body.errors?.[0]?.message).toMatch(/Bearer/);
    const wrong = await seeded.api.post(
      INGEST,
      { input: { filename: "letter.txt", text: letter } },
      { authorization: "Bearer nope" },
    );
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("ingests a document, finds it unchanged the second time, and deletes it with what only it supported", async () => {
    const counts = async () =>
      (await seeded.api.post(`{ stats { documents visits authorities findings } }`)).body.data.stats;
    const before = await counts();
    const first = await seeded.api.post(
      INGEST,
      { input: { filename: "letter.txt", text: letter } },
      authorised,
    );
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.ingestDocument).toMatchObject({
      status: "INGESTED",
      visit: { id: "rutland/2024-02", type: "FOCUSED_VISIT" },
    });
    const again = await seeded.api.post(
      INGEST,
      { input: { filename: "copy.txt", text: letter } },
      authorised,
    );
    expect(again.body.data.ingestDocument.status).toBe("UNCHANGED");
    expect((await counts()).documents).toBe(before.documents + 1);
    const id = first.body.data.ingestDocument.document.id;
    const deleted = await seeded.api.post(
      `mutation { deleteDocument(id: "${id}") { id deleted } }`,
      {},
      authorised,
    );
    expect(deleted.body.data.deleteDocument).toEqual({ id, deleted: true });
    expect(await counts()).toEqual(before);
    const missing = await seeded.api.post(
      `mutation { deleteDocument(id: "${id}") { id deleted } }`,
      {},
      authorised,
    );
    expect(missing.body.errors).toBeUndefined();
    expect(missing.body.data.deleteDocument).toEqual({ id, deleted: false });
  });

  it("ingests a PDF posted as base64, extracted in the worker thread, and deletes it again", async () => {
    const pdf = await readFile(
      new URL("../fixtures/80475_hertfordshire__10-march-2023.pdf", import.meta.url),
    );
    const { body } = await seeded.api.post(
      INGEST,
      { input: { filename: "hertfordshire-2023.pdf", pdfBase64: pdf.toString("base64") } },
      authorised,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.ingestDocument).toMatchObject({
      status: "INGESTED",
      document: { kind: "OFSTED_REPORT" },
      visit: { id: "hertfordshire/2023-01" },
    });
    const { id } = body.data.ingestDocument.document;
    const deleted = await seeded.api.post(`mutation { deleteDocument(id: "${id}") { id } }`, {}, authorised);
    expect(deleted.body.data.deleteDocument.id).toBe(id);
  });

  it("rejects bad input with a message that names the problem, writing nothing", async () => {
    const before = (await seeded.api.post(`{ stats { documents } }`)).body.data.stats.documents;
    const both = await seeded.api.post(
      INGEST,
      { input: { filename: "x", text: "a", pdfBase64: "YQ==" } },
      authorised,
    );
    expect(both.body.errors?.[0]?.message).toMatch(/exactly one of 'text' and 'pdfBase64'/);
    const html = Buffer.from(
      await readFile(new URL("../fixtures/80429_birmingham__19-october-2012.pdf", import.meta.url)),
    );
    const notPdf = await seeded.api.post(
      INGEST,
      { input: { filename: "page.pdf", pdfBase64: html.toString("base64") } },
      authorised,
    );
    expect(notPdf.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(notPdf.body.errors?.[0]?.message).toMatch(/page\.pdf/);
    const badDate = await seeded.api.post(
      INGEST,
      { input: { filename: "letter.txt", text: letter, metadata: { visitStartDate: "2024-13" } } },
      authorised,
    );
    expect(badDate.body.errors?.[0]?.message).toMatch(/PartialDate|YYYY-MM/);
    expect((await seeded.api.post(`{ stats { documents } }`)).body.data.stats.documents).toBe(before);
  });
});
