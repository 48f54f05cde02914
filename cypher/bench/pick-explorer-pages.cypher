// Bench only: the explorer pages the bench loads, the heaviest of each kind. Authorities by how many
// (recommendation, later visit) pairs their page traces (then by visits); the recommendations of the visits
// with the most later visits; the theme findings are most often about; the kind with the most services;
// the ingested document with the most findings (generated documents have no text); the visit with the most
// findings.
CALL () {
  MATCH (a:Authority)<-[:OF_AUTHORITY]-(v:Visit)
  WITH a, v, COUNT { (:Visit)-[:FOLLOWS*1..]->(v) } AS later, COUNT { (v)-[:HAS_RECOMMENDATION]->() } AS recs
  WITH a, count(v) AS visits, sum(recs) AS recommendations, sum(recs * later) AS traced
  ORDER BY traced DESC, visits DESC, a.id
  LIMIT $authorities
  RETURN collect({id: a.id, visits: visits, recommendations: recommendations, traced: traced}) AS authorities
}
CALL () {
  MATCH (v:Visit) WHERE EXISTS { (v)-[:HAS_RECOMMENDATION]->() }
  WITH v, COUNT { (:Visit)-[:FOLLOWS*1..]->(v) } AS later
  ORDER BY later DESC, v.id
  LIMIT $recommendations
  MATCH (v)-[:HAS_RECOMMENDATION]->(r:Recommendation)
  WITH v, later, r ORDER BY r.documentId, r.ordinal
  WITH v, later, collect(r)[0] AS r
  RETURN collect({id: r.id, laterVisits: later}) AS recommendations
}
CALL () {
  MATCH (t:Theme)
  WITH t, COUNT { (t)<-[:ABOUT_THEME]-(:Finding) } AS findings
  ORDER BY findings DESC, t.id
  LIMIT 1
  RETURN t.id AS theme
}
CALL () {
  MATCH (k:ServiceKind)
  WITH k, COUNT { (k)<-[:OF_KIND]-(:Service) } AS services
  ORDER BY services DESC, k.id
  LIMIT 1
  RETURN k.id AS serviceKind
}
CALL () {
  MATCH (d:Document) WHERE d.text IS NOT NULL
  WITH d, COUNT { (d)<-[:FROM_DOCUMENT]-(:Finding) } AS findings
  ORDER BY findings DESC, d.id
  LIMIT 1
  RETURN d.id AS document
}
CALL () {
  MATCH (v:Visit)
  WITH v, COUNT { (v)-[:HAS_FINDING]->() } AS findings
  ORDER BY findings DESC, v.id
  LIMIT 1
  RETURN {id: v.id, findings: findings} AS visit
}
RETURN authorities, recommendations, theme, serviceKind, document, visit
