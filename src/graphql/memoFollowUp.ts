import { createHash } from "node:crypto";
import type { TraceRow } from "../store/insights/readTrace.ts";
import { type FindingRow, type RecommendationRow, withThemes } from "../store/rows.ts";
import { type FollowUp, followUp } from "../trace/followUp.ts";

type LaterVisitRow = TraceRow["followUps"][number];
type Candidate<R> = R & { themes: string[] };
type LaterFinding = Candidate<FindingRow>;
type LaterRecommendation = Candidate<RecommendationRow>;

/** A later visit as `followUp` takes it, with what a remembered follow-up needs to be rebuilt from ids. */
interface PreparedVisit {
  findings: LaterFinding[];
  recommendations: LaterRecommendation[];
  judgements: LaterVisitRow["judgements"];
  findingById: Map<string, LaterFinding>;
  recommendationById: Map<string, LaterRecommendation>;
  /** Digest of everything of the visit that `followUp` reads. */
  digest: string;
}

/** A follow-up as remembered: the decision, and its passages by id (the rows belong to each request). */
interface Remembered {
  status: FollowUp<unknown, unknown>["status"];
  confidence: FollowUp<unknown, unknown>["confidence"];
  reason: string;
  evidence: Array<{
    kind: "FINDING" | "RECOMMENDATION";
    id: string;
    relevance: number;
    sharesTheme: boolean;
    repeats: boolean;
  }>;
  repeatedBy: string[];
  decidedBy: string[];
}

const digest = (value: unknown) => createHash("sha1").update(JSON.stringify(value)).digest("base64");
/** Prepared once per row object: a batch of traces shares each later visit's row among its recommendations. */
const prepared = new WeakMap<LaterVisitRow, PreparedVisit>();

function prepare(later: LaterVisitRow): PreparedVisit {
  let visit = prepared.get(later);
  if (visit === undefined) {
    const findings = later.findings.map(withThemes);
    const recommendations = later.recommendations.map(withThemes);
    visit = {
      findings,
      recommendations,
      judgements: later.judgements,
      findingById: new Map(findings.map((f) => [f.id, f])),
      recommendationById: new Map(recommendations.map((r) => [r.id, r])),
      digest: digest([later.findings, later.recommendations, later.judgements]),
    };
    prepared.set(later, visit);
  }
  return visit;
}

/** Follow-ups decided so far, by recommendation and later visit content, least recently used first. */
const remembered = new Map<string, Remembered>();
/** About a kilobyte each: the heaviest authority page of the bench's 3,000-visit graph needs 2,814. */
const REMEMBERED = 20_000;

function remember(key: string, result: FollowUp<LaterFinding, LaterRecommendation>): void {
  if (remembered.size >= REMEMBERED) remembered.delete(remembered.keys().next().value as string);
  remembered.set(key, {
    status: result.status,
    confidence: result.confidence,
    reason: result.reason,
    evidence: result.evidence.map((item) =>
      item.kind === "FINDING"
        ? {
            kind: item.kind,
            id: item.finding.id,
            relevance: item.relevance,
            sharesTheme: item.sharesTheme,
            repeats: false,
          }
        : {
            kind: item.kind,
            id: item.recommendation.id,
            relevance: item.relevance,
            sharesTheme: item.sharesTheme,
            repeats: item.repeats,
          },
    ),
    repeatedBy: result.repeatedBy.map((r) => r.id),
    decidedBy: result.decidedBy,
  });
}

function rebuild(entry: Remembered, visit: PreparedVisit): FollowUp<LaterFinding, LaterRecommendation> {
  const recommendation = (id: string) => visit.recommendationById.get(id) as LaterRecommendation;
  return {
    status: entry.status,
    confidence: entry.confidence,
    reason: entry.reason,
    evidence: entry.evidence.map((item) =>
      item.kind === "FINDING"
        ? {
            kind: "FINDING",
            finding: visit.findingById.get(item.id) as LaterFinding,
            relevance: item.relevance,
            sharesTheme: item.sharesTheme,
          }
        : {
            kind: "RECOMMENDATION",
            recommendation: recommendation(item.id),
            relevance: item.relevance,
            sharesTheme: item.sharesTheme,
            repeats: item.repeats,
          },
    ),
    repeatedBy: entry.repeatedBy.map(recommendation),
    decidedBy: entry.decidedBy,
  };
}

/**
 * `followUp` of a recommendation at a later visit (src/trace, with its tuning), remembered: tracing is a pure
 * function of the recommendation's text and themes and of the later visit's findings, recommendations and
 * judgements, so a result is kept under a digest of exactly these and given again while they are unchanged.
 * A document ingested or deleted changes the digest of the visits it describes, so nothing goes stale
 * whichever process wrote it. The passages are kept as ids and given back as this request's rows.
 */
export function memoFollowUp(
  recommendation: RecommendationRow,
  later: LaterVisitRow,
): FollowUp<LaterFinding, LaterRecommendation> {
  const visit = prepare(later);
  const key = `${digest([recommendation.text, recommendation.themeIds])}:${visit.digest}`;
  const entry = remembered.get(key);
  if (entry !== undefined) {
    remembered.delete(key);
    remembered.set(key, entry);
    return rebuild(entry, visit);
  }
  const result = followUp({ text: recommendation.text, themes: recommendation.themeIds }, visit);
  remember(key, result);
  return result;
}
