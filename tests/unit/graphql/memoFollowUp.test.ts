import { describe, expect, it } from "vitest";
import { memoFollowUp } from "../../../src/graphql/memoFollowUp.ts";
import type { FindingRow, RecommendationRow } from "../../../src/store/rows.ts";
import { followUp } from "../../../src/trace/followUp.ts";

const place = (id: string, visitId: string, ordinal: number) => ({
  id,
  documentId: `${visitId}-doc`,
  visitId,
  start: ordinal * 100,
  end: ordinal * 100 + 90,
  page: 1,
  ordinal,
  serviceIds: [],
});
const finding = (
  id: string,
  text: string,
  polarity: FindingRow["polarity"],
  themeIds: string[],
): FindingRow => ({
  ...place(id, "later", Number(id.slice(1))),
  text,
  polarity,
  themeIds,
  section: null,
});
const recommendation = (
  id: string,
  visitId: string,
  text: string,
  themeIds: string[],
): RecommendationRow => ({
  ...place(id, visitId, Number(id.slice(1))),
  text,
  themeIds,
});

/** A later visit as the store reads it, made anew each time (as each request reads its own rows). */
const laterVisit = (extra: FindingRow[] = []) => ({
  visit: { id: "later" } as never,
  findings: [
    finding("f1", "Return home interviews are now timely and explore why children go missing.", "STRENGTH", [
      "missing",
    ]),
    finding("f2", "Supervision is regular but does not always challenge drift.", "MIXED", ["supervision"]),
    finding("f3", "Some return home interviews are late and are not used to inform plans.", "WEAKNESS", [
      "missing",
    ]),
    ...extra,
  ],
  recommendations: [
    recommendation("r7", "later", "Improve the timeliness of return home interviews.", ["missing"]),
  ],
  judgements: [
    { id: "later/HELP_AND_PROTECTION", visitId: "later", area: "HELP_AND_PROTECTION", grade: "GOOD" },
  ],
});

const earlier = recommendation(
  "r1",
  "earlier",
  "Ensure that return home interviews are timely and inform plans.",
  ["missing"],
);
const plain = (later: ReturnType<typeof laterVisit>) =>
  followUp(
    { text: earlier.text, themes: earlier.themeIds },
    {
      findings: later.findings.map((f) => ({ ...f, themes: f.themeIds })),
      recommendations: later.recommendations.map((r) => ({ ...r, themes: r.themeIds })),
      judgements: later.judgements,
    },
  );

describe("memoFollowUp", () => {
  it("gives what followUp gives, the first time and when remembered, with the rows of the request that asks", () => {
    const first = laterVisit();
    expect(memoFollowUp(earlier, first as never)).toEqual(plain(first));
    const second = laterVisit();
    const again = memoFollowUp(earlier, second as never);
    expect(again).toEqual(plain(second));
    expect(again.evidence.length).toBeGreaterThan(0);
    const passage = again.evidence[0]!;
    const row = passage.kind === "FINDING" ? passage.finding : passage.recommendation;
    expect([...second.findings, ...second.recommendations].map((r) => r.id)).toContain(row.id);
    expect(second.findings.some((f) => f.id === row.id && f.text === row.text)).toBe(true);
  });

  it("decides again when the later visit or the recommendation changes", () => {
    const before = memoFollowUp(earlier, laterVisit() as never);
    const more = laterVisit([
      finding("f4", "Return home interviews remain late and still do not inform plans.", "WEAKNESS", [
        "missing",
      ]),
      finding("f5", "Return home interviews are not consistently offered or recorded.", "WEAKNESS", [
        "missing",
      ]),
    ]);
    const after = memoFollowUp(earlier, more as never);
    expect(after).toEqual(plain(more));
    expect(after.evidence.map((e) => (e.kind === "FINDING" ? e.finding.id : e.recommendation.id))).toContain(
      "f4",
    );
    expect(after.reason).not.toBe(before.reason);
    const reworded = { ...earlier, text: "Strengthen the challenge in supervision." };
    expect(memoFollowUp(reworded, laterVisit() as never).decidedBy).toContain("f2");
  });
});
