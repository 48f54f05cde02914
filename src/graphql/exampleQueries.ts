import type { PlaygroundExample } from "./playground/PlaygroundExample.ts";

/** The playground's ready-to-run queries: the three use cases, then free exploration. */
export const EXAMPLE_QUERIES: readonly PlaygroundExample[] = [
  {
    name: "Services that recur in findings across visits",
    query: `query RecurringServices($minVisits: Int) {
  recurringServices(minVisits: $minVisits) {
    kind { id name }
    visitCount
    authorityCount
    strengths
    weaknesses
    visits {
      visit { id type startDate authority { name } }
      polarity
      findings { text polarity evidence { page document { title } } }
    }
  }
}`,
    variables: { minVisits: 2 },
  },
  {
    name: "Trace a recommendation through later visits",
    query: `query TraceSupervision($authorityId: ID!) {
  recommendations(filter: { authorityId: $authorityId, themeId: "supervision" }, first: 5) {
    nodes {
      id
      text
      visit { startDate type }
    }
  }
}

query Trace($id: ID!) {
  traceRecommendation(id: $id) {
    recommendation { text evidence { document { title } start end } }
    visit { id type startDate }
    themes { id label }
    actions { reference text owner { name } dueDate progress }
    followUps {
      visit { id type startDate }
      status
      confidence
      reason
      evidence {
        relevance
        deciding
        finding { text polarity }
        recommendation { text }
        repeats
        evidence { document { title } page start end }
      }
      repeatedBy { text visit { startDate } }
    }
    overallStatus
  }
}`,
    variables: { authorityId: "hertfordshire" },
  },
  {
    name: "A theme's timeline at one authority",
    query: `query ThemeTimeline($themeId: ID!, $authorityId: ID!) {
  themeTimeline(themeId: $themeId, authorityId: $authorityId) {
    theme { label }
    authority { name }
    entries {
      visit { id type startDate }
      strengths { text }
      weaknesses { text }
      recommendations { text }
    }
  }
}`,
    variables: { themeId: "supervision", authorityId: "hertfordshire" },
  },
  {
    name: "Explore: authority → visits → findings → services",
    query: `query Explore {
  authorities(first: 5) {
    totalCount
    nodes {
      name
      visits(first: 5) {
        nodes {
          id
          type
          startDate
          inspectors { lead inspector { name } }
          findings(first: 3, filter: { polarity: WEAKNESS }) {
            nodes { text services { name kind { name } } themes { label } }
          }
        }
      }
    }
  }
}`,
  },
  {
    name: "Full-text search",
    query: `query Search($text: String!) {
  search(text: $text, first: 10) {
    kind
    score
    passage
    evidence { document { title kind } page }
  }
}`,
    variables: { text: "return home interviews" },
  },
];
