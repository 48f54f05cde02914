// Replaces an authority's REPEATS links: (later:Recommendation)-[:REPEATS {relevance}]->(earlier), as
// computed from the texts by the caller. Rebuilt whole, like the chain of visits it follows.
// The links come inside a map (`$repeats.links`), not as a list parameter of their own, whose size (by powers
// of ten) Neo4j would key its plan cache on: one plan, whatever the count. replan=skip: the plan is the same
// on an empty graph as on a full one, so it is not replanned as an ingest's statistics grow.
CYPHER replan=skip
CALL () {
  MATCH (:Visit {authorityId: $authorityId})-[:HAS_RECOMMENDATION]->(:Recommendation)-[x:REPEATS]->()
  DELETE x
}
CALL () {
  UNWIND $repeats.links AS link
  MATCH (later:Recommendation {id: link.later})
  MATCH (earlier:Recommendation {id: link.earlier})
  MERGE (later)-[x:REPEATS]->(earlier)
  SET x.relevance = link.relevance
}
RETURN size($repeats.links) AS count
