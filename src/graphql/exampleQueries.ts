import type { PlaygroundExample } from "./playground/PlaygroundExample.ts";

/** The playground's ready-to-run queries: the three use cases, then free exploration. */
export const EXAMPLE_QUERIES: readonly PlaygroundExample[] = [
  {
    name: "Services that recur in findings across visits",
    query: `query RecurringServices($minVisits: Int) {
  recurringServices(minVisits: $minVisits) {
    kind { id name acronym }
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
    name: "An authority's statistical neighbours and region",
    query: `query Neighbours($id: ID!) {
  authority(id: $id) {
    name
    urn
    dfeCode
    onsCode
    region { code name }
    type
    childPopulation
    latestJudgements { area grade visit { startDate } }
    statisticalNeighbours { id name latestJudgements { area grade } }
    reference {
      statisticalNeighbours { name dfeCode region { name } authority { id } }
    }
  }
}`,
    variables: { id: "hertfordshire" },
  },
  {
    name: "Compare with statistical neighbours on a theme",
    query: `query Compare($authorityId: ID!, $themeId: ID!) {
  compareWithNeighbours(authorityId: $authorityId, themeId: $themeId) {
    theme { label }
    authority {
      authority { name }
      latestGrade
      visits {
        visit { id startDate }
        strengths { text }
        weaknesses { text evidence { document { title } page start end } }
        recommendations { text }
      }
    }
    neighbours {
      rank
      authority { name }
      latestGrade
      visits { visit { id startDate } strengths { text } weaknesses { text } recommendations { text } }
    }
    absentNeighbours { name region { name } }
    improvements {
      authority { name }
      recommendation { text }
      visit { startDate }
      improvedAt { startDate }
      reason
      strengths { text evidence { document { title } page start end } }
    }
  }
}`,
    variables: { authorityId: "hertfordshire", themeId: "supervision" },
  },
  {
    name: "National theme trends by framework, year or region",
    query: `query Trends($groupBy: TrendGrouping!, $from: PartialDate, $to: PartialDate) {
  themeTrends(groupBy: $groupBy, from: $from, to: $to) {
    key
    visits
    recommendations
    weaknesses
    themes { theme { id label } recommendations recommendationsPerVisit weaknesses weaknessesPerVisit }
  }
}`,
    variables: { groupBy: "FRAMEWORK" },
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
