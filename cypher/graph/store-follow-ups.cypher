// Replaces an authority's stored follow-ups: (r:Recommendation)-[:FOLLOWED_UP_AT {decision}]->(later:Visit)
// for each recommendation and each visit after its own, as traced by the caller (src/trace), then stamps the
// authority with the tracing version they were decided by. Rebuilt whole, like the REPEATS links.
MATCH (a:Authority {id: $authorityId})
CALL (a) {
  MATCH (a)<-[:OF_AUTHORITY]-(:Visit)-[:HAS_RECOMMENDATION]->(:Recommendation)-[x:FOLLOWED_UP_AT]->()
  DELETE x
}
CALL (a) {
  UNWIND $followUps AS followUp
  MATCH (r:Recommendation {id: followUp.recommendationId})
  MATCH (later:Visit {id: followUp.visitId})
  CREATE (r)-[x:FOLLOWED_UP_AT]->(later)
  // Relevances are floats, though a relevance of exactly 1 arrives as an integer: a stored list is one type.
  SET x = followUp.decision, x.relevances = [relevance IN followUp.decision.relevances | toFloat(relevance)]
}
SET a.followUpsVersion = $version
RETURN size($followUps) AS count
