// Bench only: the floor of the four-level exploration query in one statement: a page of authorities by
// name; for each, its first visits by start date; for each, its first findings of one polarity, with the
// services they mention (and their kinds) and their themes.
MATCH (a:Authority)
WITH a ORDER BY a.name SKIP $skip LIMIT $authorities
CALL (a) {
  MATCH (v:Visit {authorityId: a.id})
  WITH v ORDER BY v.startDate, v.id LIMIT $visits
  CALL (v) {
    MATCH (f:Finding {visitId: v.id}) WHERE f.polarity = $polarity
    WITH f ORDER BY f.documentId, f.ordinal LIMIT $findings
    RETURN collect(f {.id, .text, .polarity,
      services: [(f)-[:MENTIONS]->(s:Service)-[:OF_KIND]->(k:ServiceKind) | s {.id, .name, kind: k {.id, .name}}],
      themes: [(f)-[:ABOUT_THEME]->(t:Theme) | t {.id, .label}]}) AS findings
  }
  RETURN collect(v {.id, .type, .startDate, findings: findings}) AS visits
}
RETURN a {.id, .name, visits: visits} AS authority
ORDER BY authority.name
