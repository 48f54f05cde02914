// Replaces an authority's REPEATS links: (later:Recommendation)-[:REPEATS {relevance}]->(earlier), as
// computed from the texts by the caller. Rebuilt whole, like the chain of visits it follows.
CALL () {
  MATCH (:Visit {authorityId: $authorityId})-[:HAS_RECOMMENDATION]->(:Recommendation)-[x:REPEATS]->()
  DELETE x
}
CALL () {
  UNWIND $links AS link
  MATCH (later:Recommendation {id: link.later})
  MATCH (earlier:Recommendation {id: link.earlier})
  MERGE (later)-[x:REPEATS]->(earlier)
  SET x.relevance = link.relevance
}
RETURN size($links) AS count
