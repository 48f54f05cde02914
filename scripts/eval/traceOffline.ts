/**
 * Tracing on extracted records, with no database: the labelled pair's earlier recommendation and later
 * report go straight to the same `followUp` the service uses. For quick development runs of eval:trace.
 */
import type { InspectionRecord } from "../../src/domain/InspectionRecord.ts";
import { followUp } from "../../src/trace/followUp.ts";
import type { TraceLabel } from "./traceLabel.ts";
import { extractReport, normaliseForMatch } from "./corpus.ts";

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

/** The recommendation of a record that the label's keywords pick out, or undefined. */
export function labelledRecommendation<R extends { text: string }>(
  recommendations: readonly R[],
  label: TraceLabel,
): R | undefined {
  const keywords = label.keywords.map(normaliseForMatch);
  return recommendations.find((r) => keywords.every((k) => normaliseForMatch(r.text).includes(k)));
}

export async function traceOffline(labels: readonly TraceLabel[]): Promise<TracedLine[]> {
  const records = new Map<string, InspectionRecord>();
  const record = async (file: string) => {
    let found = records.get(file);
    if (!found) records.set(file, (found = await extractReport(file)));
    return found;
  };
  const traced: TracedLine[] = [];
  for (const label of labels) {
    const earlier = await record(label.earlier);
    const later = await record(label.later);
    const recommendation = labelledRecommendation(earlier.recommendations, label);
    if (!recommendation) {
      traced.push({ label, result: null });
      continue;
    }
    const result = followUp(recommendation, {
      findings: later.findings.map((f) => ({ ...f, id: `f${f.ordinal}` })),
      recommendations: later.recommendations.map((r) => ({ ...r, id: `r${r.ordinal}` })),
      judgements: later.judgements,
    });
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
