/**
 * Tracing on extracted records, with no database: the labelled pair's earlier recommendation and later
 * report go straight to the same `followUp` the service uses. For quick development runs of eval:trace.
 */
import type { InspectionRecord } from "../../src/domain/InspectionRecord.ts";
import { followUp } from "../../src/trace/followUp.ts";
import type { TraceLabel } from "./traceLabel.ts";
import { cachedExtractReport, normaliseForMatch } from "./corpus.ts";

/** What tracing said of one labelled recommendation (null when it was not among ours). */
export interface TracedLine {
  label: TraceLabel;
  result: {
    status: string;
    confidence: string;
    reason: string;
    themes: string[];
    evidence: Array<{
      kind: string;
      text: string;
      relevance: number;
      polarity: string | null;
      repeats: boolean;
    }>;
  } | null;
}

/** The recommendation whose normalised text holds every one of the label's keywords, or undefined. */
export function labelledRecommendation<R extends { text: string }>(
  recommendations: readonly R[],
  label: { keywords: readonly string[] },
): R | undefined {
  const keywords = label.keywords.map(normaliseForMatch);
  return recommendations.find((r) => keywords.every((k) => normaliseForMatch(r.text).includes(k)));
}

/** A later report as `followUp` takes it, its passages given ids by their place in the report. */
export function laterVisitOf(record: InspectionRecord) {
  return {
    findings: record.findings.map((f) => ({ ...f, id: `f${f.ordinal}` })),
    recommendations: record.recommendations.map((r) => ({ ...r, id: `r${r.ordinal}` })),
    judgements: record.judgements,
  };
}

/** Traces each labelled recommendation against its later report's extracted record. */
export async function traceOffline(labels: readonly TraceLabel[]): Promise<TracedLine[]> {
  const record = cachedExtractReport();
  const traced: TracedLine[] = [];
  for (const label of labels) {
    const earlier = await record(label.earlier);
    const later = await record(label.later);
    const recommendation = labelledRecommendation(earlier.recommendations, label);
    if (!recommendation) {
      traced.push({ label, result: null });
      continue;
    }
    const result = followUp(recommendation, laterVisitOf(later));
    traced.push({
      label,
      result: {
        status: result.status,
        confidence: result.confidence,
        reason: result.reason,
        themes: recommendation.themes,
        evidence: result.evidence.map((e) =>
          e.kind === "FINDING"
            ? {
                kind: e.kind,
                text: e.finding.text,
                relevance: e.relevance,
                polarity: e.finding.polarity,
                repeats: false,
              }
            : {
                kind: e.kind,
                text: e.recommendation.text,
                relevance: e.relevance,
                polarity: null,
                repeats: e.repeats,
              },
        ),
      },
    });
  }
  return traced;
}
