// Bench only: every ingested document (not a generated one) as a template for the scaled graph: its visit
// and claim, its findings, recommendations and actions, the services it names, and its visit's judgements
// and inspectors.
MATCH (d:Document)-[c:DESCRIBES]->(v:Visit)
WHERE NOT d.source STARTS WITH $generatedPrefix
MATCH (a:Authority {id: d.authorityId})
CALL (d) {
  OPTIONAL MATCH (f:Finding {documentId: d.id})
  WITH f ORDER BY f.ordinal
  RETURN collect(f {.*}) AS findings
}
CALL (d) {
  OPTIONAL MATCH (r:Recommendation {documentId: d.id})
  WITH r ORDER BY r.ordinal
  RETURN collect(r {.*}) AS recommendations
}
CALL (d) {
  OPTIONAL MATCH (x:Action {documentId: d.id})
  RETURN collect(x {.*}) AS actions
}
CALL (d) {
  OPTIONAL MATCH (d)-[:NAMES]->(s:Service)
  RETURN collect(s {.*}) AS services
}
CALL (v) {
  OPTIONAL MATCH (v)-[:HAS_JUDGEMENT]->(j:Judgement)
  RETURN collect(j {.area, .grade}) AS judgements
}
CALL (v) {
  OPTIONAL MATCH (i:Inspector)-[r:INSPECTED]->(v)
  RETURN collect({id: i.id, name: i.name, lead: r.lead}) AS inspectors
}
RETURN d {.id, .kind, .title, .date, .textLength, .pageCount} AS document,
       a {.id, .name} AS authority, v {.*} AS visit, c {.*} AS claim,
       findings, recommendations, actions, services, judgements, inspectors
ORDER BY d.id
