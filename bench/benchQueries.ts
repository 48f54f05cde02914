import { z } from "zod";
import type { Executor } from "../src/db/Executor.ts";
import { FOLLOW_UPS_VERSION } from "../src/store/storeFollowUps.ts";

/** One request of a compared query, as each of the three contenders asks it. */
export interface QueryCase {
  /** Our GraphQL API: query and variables. */
  ours: { query: string; variables: Record<string, unknown> };
  /** The floor: a named statement of `cypher/` and its parameters, through the driver alone. */
  floor: { statement: string; params: Record<string, unknown> };
  /** @neo4j/graphql over the same database; null where the query cannot be expressed. */
  peer: { query: string; variables: Record<string, unknown> } | null;
}

/** A compared query: its name, how far the peer's version is equivalent, and its requests. */
export interface BenchQuery {
  name: string;
  /** What the peer's version leaves out or needs from the client, when it is not equivalent. */
  peerNote: string;
  /** Whether the load bench's mix includes it (the mix stays that of earlier runs, to compare). */
  inLoadMix: boolean;
  cases: QueryCase[];
  /** Timed requests of the peer, when fewer than `cases` (ours and the floor still run every case). */
  peerRequests?: number;
}

const Parameters = z.object({
  authorities: z.array(z.string()),
  themes: z.array(z.string()),
  recommendations: z.array(
    z.object({
      id: z.string(),
      themeIds: z.array(z.string()),
      authorityId: z.string(),
      startDate: z.string().nullable(),
    }),
  ),
});

/** The keys of a finding our API reads for RECURRING_OURS and TIMELINE_OURS (their id, text, polarity). */
const ASKED_FINDING_KEYS = ["id", "text", "polarity"];

const RECURRING_OURS = `query RecurringServices($authorityId: ID!) {
  recurringServices(authorityId: $authorityId, minVisits: 2) {
    service { id name }
    kind { id name }
    visitCount strengths weaknesses mixed neutral
    visits { visit { id startDate } strengths weaknesses polarity findings { id text polarity } }
  }
}`;

const RECURRING_PEER = `query RecurringServices($authorityId: String!) {
  services(where: { authorityId: { eq: $authorityId } }) {
    id name
    kind { id name }
    findings { id text polarity visit { id startDate } }
  }
}`;

/** Timed requests of the peer's national recurrence, which reads every finding that mentions a service. */
const NATIONAL_PEER_REQUESTS = 60;

const NATIONAL_OURS = `query NationalRecurrence {
  recurringServices(minVisits: 2) {
    kind { id name }
    visitCount authorityCount strengths weaknesses mixed neutral
  }
}`;

const NATIONAL_PEER = `query NationalRecurrence {
  serviceKinds { id name services { authorityId findings { polarity visit { id } } } }
}`;

const TRACE_OURS = `query Trace($id: ID!) {
  traceRecommendation(id: $id) {
    recommendation { id text }
    visit { id startDate }
    themes { id label }
    actions { id reference text }
    followUps {
      visit { id startDate }
      status
      strengths { id text }
      weaknesses { id text }
      recommendations { id text }
    }
    overallStatus
  }
}`;

const TRACE_PEER = `query Trace($id: ID!, $authorityId: String!, $after: String!, $themeIds: [ID!]!) {
  recommendations(where: { id: { eq: $id } }) {
    id text
    visit { id startDate }
    themes { id label }
    actions { id reference text }
  }
  visits(where: { authorityId: { eq: $authorityId }, startDate: { gt: $after } }, sort: [{ startDate: ASC }]) {
    id startDate
    findings(where: { themes: { some: { id: { in: $themeIds } } } }) { id text polarity }
    recommendations(where: { themes: { some: { id: { in: $themeIds } } } }) { id text }
  }
}`;

const TIMELINE_OURS = `query Timeline($themeId: ID!, $authorityId: ID!) {
  themeTimeline(themeId: $themeId, authorityId: $authorityId) {
    theme { id label }
    authority { id name }
    entries {
      visit { id type startDate }
      strengths { id text }
      weaknesses { id text }
      mixed { id text }
      recommendations { id text }
    }
  }
}`;

const ON_THEME = "{ themes: { some: { id: { eq: $themeId } } } }";
const TIMELINE_PEER = `query Timeline($themeId: ID!, $authorityId: ID!) {
  themes(where: { id: { eq: $themeId } }) { id label }
  authorities(where: { id: { eq: $authorityId } }) {
    id name
    visits(
      where: { OR: [{ findings: { some: ${ON_THEME} } }, { recommendations: { some: ${ON_THEME} } }] }
      sort: [{ startDate: ASC }]
    ) {
      id type startDate
      findings(where: ${ON_THEME}, sort: [{ documentId: ASC }, { ordinal: ASC }]) { id text polarity }
      recommendations(where: ${ON_THEME}, sort: [{ documentId: ASC }, { ordinal: ASC }]) { id text }
    }
  }
}`;

const EXPLORE_OURS = `query Explore($after: String) {
  authorities(first: 10, after: $after) {
    nodes {
      id name
      visits(first: 5) {
        nodes {
          id type startDate
          findings(first: 10, filter: { polarity: WEAKNESS }) {
            nodes {
              id text polarity
              services { id name kind { id name } }
              themes { id label }
            }
          }
        }
      }
    }
  }
}`;

const EXPLORE_PEER = `query Explore($offset: Int) {
  authorities(sort: [{ name: ASC }], limit: 10, offset: $offset) {
    id name
    visits(sort: [{ startDate: ASC }], limit: 5) {
      id type startDate
      findings(where: { polarity: { eq: WEAKNESS } }, sort: [{ documentId: ASC }, { ordinal: ASC }], limit: 10) {
        id text polarity
        services { id name kind { id name } }
        themes { id label }
      }
    }
  }
}`;

/** Our API's opaque cursor for the item at `position` (the `after` that starts a page there + 1). */
const cursorAt = (position: number) => Buffer.from(`position:${position}`).toString("base64url");

/**
 * The compared queries with `count` requests each, their parameters drawn from the database (authorities,
 * the most common themes, traceable recommendations) and cycled, so every contender gets the same series.
 */
export async function benchQueries(executor: Executor, count: number): Promise<BenchQuery[]> {
  const [picked] = await executor.read(
    "bench/pick-parameters",
    { themes: 8, recommendations: Math.max(count, 20) },
    Parameters,
  );
  if (!picked || picked.authorities.length === 0 || picked.themes.length === 0) {
    throw new Error("the bench database holds no authority or no theme: nothing to query");
  }
  const { authorities, themes, recommendations } = picked;
  const at = <T>(list: readonly T[], i: number) => list[i % list.length] as T;
  const indices = Array.from({ length: count }, (_, i) => i);

  const recurring: BenchQuery = {
    name: "recurringServices",
    inLoadMix: true,
    peerNote:
      "peer returns every service of the authority with all its findings and their visits; grouping by visit, minVisits and the polarity counts are left to the client",
    cases: indices.map((i) => {
      const authorityId = at(authorities, i * 7);
      return {
        ours: { query: RECURRING_OURS, variables: { authorityId } },
        floor: {
          statement: "insights/recurring-services",
          params: {
            authorityId,
            minVisits: 2,
            from: null,
            to: null,
            groupBy: "SERVICE",
            limit: 200,
            findingKeys: ASKED_FINDING_KEYS,
          },
        },
        peer: { query: RECURRING_PEER, variables: { authorityId } },
      };
    }),
  };

  const trace: BenchQuery = {
    name: "traceRecommendation",
    inLoadMix: true,
    peerNote:
      "peer needs the recommendation's authority, visit date and themes from the client (a prior request, not timed); no status, and only the actions addressing the recommendation itself",
    cases: recommendations.length
      ? indices.map((i) => {
          const r = at(recommendations, i);
          return {
            ours: { query: TRACE_OURS, variables: { id: r.id } },
            // The statement our API runs: the follow-ups stored at relink, with the passages they name.
            floor: {
              statement: "insights/trace-recommendation-stored",
              params: { id: r.id, version: FOLLOW_UPS_VERSION },
            },
            peer: {
              query: TRACE_PEER,
              variables: {
                id: r.id,
                authorityId: r.authorityId,
                after: r.startDate ?? "",
                themeIds: r.themeIds,
              },
            },
          };
        })
      : [],
  };

  const timeline: BenchQuery = {
    name: "themeTimeline",
    inLoadMix: true,
    peerNote: "equivalent data; the split of findings by polarity is left to the client",
    cases: indices.map((i) => {
      const variables = { themeId: at(themes, i), authorityId: at(authorities, i * 11) };
      return {
        ours: { query: TIMELINE_OURS, variables },
        floor: {
          statement: "insights/theme-timeline",
          params: { ...variables, findingKeys: ASKED_FINDING_KEYS },
        },
        peer: { query: TIMELINE_PEER, variables },
      };
    }),
  };

  const national: BenchQuery = {
    name: "recurringServices (national)",
    inLoadMix: false,
    peerNote:
      "peer returns every kind's services with every finding that mentions them, its polarity and visit; the counts per kind, minVisits and the order are left to the client",
    // Ours and the floor run every case, so that their p95 rests on as many requests as the other
    // queries'; the peer's version takes a third of a second each, so it runs fewer.
    peerRequests: NATIONAL_PEER_REQUESTS,
    cases: indices.map(() => ({
      ours: { query: NATIONAL_OURS, variables: {} },
      floor: { statement: "insights/recurring-kinds", params: { minVisits: 2, limit: 200 } },
      peer: { query: NATIONAL_PEER, variables: {} },
    })),
  };

  const pages = Math.max(1, Math.ceil(authorities.length / 10));
  const explore: BenchQuery = {
    name: "explore (4 levels)",
    inLoadMix: true,
    peerNote: "equivalent (lists instead of connections)",
    cases: indices.map((i) => {
      const skip = (i % pages) * 10;
      return {
        ours: { query: EXPLORE_OURS, variables: { after: skip === 0 ? null : cursorAt(skip - 1) } },
        floor: {
          statement: "bench/explore",
          params: { skip, authorities: 10, visits: 5, findings: 10, polarity: "WEAKNESS" },
        },
        peer: { query: EXPLORE_PEER, variables: { offset: skip } },
      };
    }),
  };

  return [recurring, national, trace, timeline, explore].filter((q) => q.cases.length > 0);
}
