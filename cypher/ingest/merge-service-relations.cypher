// Relations between services that the text states: one replaced another, one is based in another.
MATCH (d:Document {id: $documentId})
UNWIND $relations AS rel
MATCH (from:Service {id: rel.from}), (to:Service {id: rel.to})
CALL (d, rel, from, to) {
  WITH d, rel, from, to WHERE rel.type = 'REPLACED'
  MERGE (from)-[r:REPLACED]->(to)
  SET r.sources = CASE WHEN d.id IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + d.id END
}
CALL (d, rel, from, to) {
  WITH d, rel, from, to WHERE rel.type = 'BASED_IN'
  MERGE (from)-[r:BASED_IN]->(to)
  SET r.sources = CASE WHEN d.id IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + d.id END
}
RETURN count(*) AS count
