// Chains an authority's visits in date order: (later)-[:FOLLOWS]->(earlier). Rebuilt whole each time, so
// the chain is the same whatever order the documents came in.
MATCH (a:Authority {id: $authorityId})
CALL (a) {
  MATCH (a)<-[:OF_AUTHORITY]-(:Visit)-[f:FOLLOWS]->()
  DELETE f
}
CALL (a) {
  MATCH (a)<-[:OF_AUTHORITY]-(v:Visit)
  WHERE v.startDate IS NOT NULL
  WITH v ORDER BY v.startDate, v.id
  WITH collect(v) AS visits
  UNWIND range(1, size(visits) - 1) AS i
  WITH visits[i] AS later, visits[i - 1] AS earlier
  MERGE (later)-[:FOLLOWS]->(earlier)
}
RETURN a.id AS id
