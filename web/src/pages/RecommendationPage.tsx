import { Loaded, NotFound, PlaygroundLink, PolarityTag, StatusTag } from "../components.tsx";
import { runQuery, useQuery } from "../graphql.ts";
import { formatDate, humanise, links } from "../links.ts";

const TRACE_QUERY = `query Recommendation($id: ID!) {
  traceRecommendation(id: $id) {
    recommendation {
      id ordinal text
      themes { id label }
      services { id name kind { id name } }
      evidence { start end page document { id title } }
      repeats { id text visit { id startDate } }
    }
    visit { id type startDate authority { id name } }
    actions { id reference text dueDate progress owner { name } }
    followUps {
      visit { id type startDate }
      status confidence reason
      evidence {
        kind relevance deciding repeats
        finding { id polarity }
        recommendation { id }
        evidence { start end page text document { id title } }
      }
      repeatedBy { id text }
    }
    overallStatus
  }
}`;

interface Place {
  start: number;
  end: number;
  page: number | null;
  document: { id: string; title: string };
}
interface TraceData {
  traceRecommendation: {
    recommendation: {
      id: string;
      ordinal: number;
      text: string;
      themes: Array<{ id: string; label: string }>;
      services: Array<{ id: string; name: string; kind: { id: string; name: string } }>;
      evidence: Place;
      repeats: Array<{ id: string; text: string; visit: { id: string; startDate: string | null } }>;
    };
    visit: { id: string; type: string; startDate: string | null; authority: { id: string; name: string } };
    actions: Array<{
      id: string;
      reference: string;
      text: string;
      dueDate: string | null;
      progress: string | null;
      owner: { name: string } | null;
    }>;
    followUps: Array<{
      visit: { id: string; type: string; startDate: string | null };
      status: string;
      confidence: string;
      reason: string;
      evidence: Array<{
        kind: string;
        relevance: number;
        deciding: boolean;
        repeats: boolean;
        finding: { id: string; polarity: string } | null;
        recommendation: { id: string } | null;
        evidence: Place & { text: string };
      }>;
      repeatedBy: Array<{ id: string; text: string }>;
    }>;
    overallStatus: string;
  } | null;
}

/** Where a passage stands: its document, page, and a link that opens the document at it. */
/** What a follow-up's confidence means for a reader (the levels are explained in the API's TraceConfidence). */
const CONFIDENCE_NOTES: Record<string, string> = {
  MEDIUM: "Careful readers agreed with about half the follow-ups like this one: check the evidence.",
  LOW: "Careful readers often judged follow-ups like this one differently: read the evidence before relying on it.",
};

function PlaceLink(props: { place: Place; children?: string }) {
  const { place } = props;
  return (
    <a className="govuk-link explorer-passage-link" href={links.document(place.document.id, place)}>
      {props.children ?? place.document.title}
      {place.page ? `, page ${place.page}` : ""}
    </a>
  );
}

/** A recommendation, the council's actions on it, and what each later visit said about it. */
export function RecommendationPage(props: { id: string }) {
  const state = useQuery(() => runQuery<TraceData>(TRACE_QUERY, { id: props.id }), props.id);
  return (
    <>
      <Loaded state={state} what="the recommendation">
        {(data) =>
          data.traceRecommendation ? (
            <Recommendation trace={data.traceRecommendation} />
          ) : (
            <NotFound what="recommendation" />
          )
        }
      </Loaded>
      <PlaygroundLink query={TRACE_QUERY} variables={{ id: props.id }} />
    </>
  );
}

function Recommendation(props: { trace: NonNullable<TraceData["traceRecommendation"]> }) {
  const { recommendation, visit, actions, followUps } = props.trace;
  return (
    <>
      <span className="govuk-caption-l">
        <a className="govuk-link" href={links.authority(visit.authority.id)}>
          {visit.authority.name}
        </a>
        , {humanise(visit.type)} of {formatDate(visit.startDate)}, recommendation {recommendation.ordinal}
      </span>
      <h1 className="govuk-heading-l">Recommendation</h1>
      <div className="govuk-inset-text explorer-recommendation-text">{recommendation.text}</div>
      <p className="govuk-body">
        From <PlaceLink place={recommendation.evidence} />.{" "}
        {recommendation.themes.length > 0 ? (
          <>
            Themes:{" "}
            {recommendation.themes.map((t, i) => (
              <span key={t.id}>
                {i > 0 ? ", " : ""}
                <a className="govuk-link" href={links.theme(t.id)}>
                  {t.label}
                </a>
              </span>
            ))}
            .
          </>
        ) : null}{" "}
        <a className="govuk-link" href={links.graph("recommendation", recommendation.id)}>
          See it as a graph
        </a>
      </p>
      {recommendation.repeats.length > 0 ? (
        <p className="govuk-body">
          It asks again for:{" "}
          {recommendation.repeats.map((r) => (
            <a key={r.id} className="govuk-link" href={links.recommendation(r.id)}>
              {r.text} ({formatDate(r.visit.startDate)})
            </a>
          ))}
        </p>
      ) : null}

      <h2 className="govuk-heading-m">The council's actions</h2>
      {actions.length === 0 ? (
        <p className="govuk-body">No council action on it is recorded.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {actions.map((a) => (
            <li key={a.id}>
              {a.reference}: {a.text}
              {a.owner ? ` (owner: ${a.owner.name})` : ""}
              {a.dueDate ? `, due ${formatDate(a.dueDate)}` : ""}
              {a.progress ? ` — ${a.progress}` : ""}
            </li>
          ))}
        </ul>
      )}

      <h2 className="govuk-heading-m">What later visits said</h2>
      {followUps.length === 0 ? (
        <p className="govuk-body" id="no-follow-up">
          No later visit yet.
        </p>
      ) : (
        <>
          <p className="govuk-body">
            Overall: <StatusTag status={props.trace.overallStatus} />
          </p>
          {followUps.map((f) => (
            <section key={f.visit.id} className="explorer-follow-up" data-follow-up={f.visit.id}>
              <h3 className="govuk-heading-s">
                {humanise(f.visit.type)}, {formatDate(f.visit.startDate)}: <StatusTag status={f.status} />{" "}
                <span className="govuk-body-s">({humanise(f.confidence)} confidence)</span>
              </h3>
              <p className="govuk-body-s">{f.reason}</p>
              {f.confidence !== "HIGH" && (
                <p className="govuk-body-s explorer-confidence-note">{CONFIDENCE_NOTES[f.confidence]}</p>
              )}
              {f.evidence.length === 0 ? (
                // A NOT_COVERED reason already says that nothing is on the subject.
                f.status !== "NOT_COVERED" && (
                  <p className="govuk-body-s">No passage of this visit is on the same subject.</p>
                )
              ) : (
                <ul className="govuk-list explorer-evidence">
                  {f.evidence.map((e, i) => (
                    <li key={i} className={e.deciding ? "explorer-deciding" : ""}>
                      {e.finding ? (
                        <PolarityTag polarity={e.finding.polarity} />
                      ) : (
                        <strong className="govuk-tag govuk-tag--blue">Recommendation</strong>
                      )}{" "}
                      “{e.evidence.text}”{" "}
                      <span className="govuk-body-s">
                        (<PlaceLink place={e.evidence} />
                        {e.deciding ? "; deciding" : ""}
                        {e.repeats ? "; asks again" : ""})
                      </span>
                    </li>
                  ))}
                </ul>
              )}
              {f.repeatedBy.length > 0 ? (
                <p className="govuk-body-s">
                  Asked for again:{" "}
                  {f.repeatedBy.map((r) => (
                    <a key={r.id} className="govuk-link" href={links.recommendation(r.id)}>
                      {r.text}
                    </a>
                  ))}
                </p>
              ) : null}
            </section>
          ))}
        </>
      )}
    </>
  );
}
