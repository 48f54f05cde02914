// Every recommendation of an authority with its stored follow-ups (graph/store-follow-ups.cypher), in one
// statement however many there are: each visit of the authority once, with the ids of the visits after it
// (oldest first), its recommendations (each with the council actions trace-recommendation.cypher gives it
// and its stored decisions by later visit), and the passages of the visit that any stored decision names.
// No rows unless they are current, as trace-recommendation-stored.cypher says: the caller then traces on the fly.
MATCH (au:Authority {id: $authorityId})
WHERE au.followUpsVersion = $version AND au.relinkPending IS NULL
MATCH (au)<-[:OF_AUTHORITY]-(v:Visit)
CALL (v) {
  OPTIONAL MATCH (later:Visit)-[:FOLLOWS*1..]->(v)
  WITH later WHERE later IS NOT NULL
  WITH later ORDER BY later.startDate
  RETURN collect(later.id) AS laterIds
}
CALL (v) {
  OPTIONAL MATCH (r:Recommendation {visitId: v.id})
  WITH r WHERE r IS NOT NULL
  WITH r ORDER BY r.documentId, r.ordinal
  CALL (r, v) {
    OPTIONAL MATCH (a:Action {visitId: v.id})
    WHERE a.addressesId = r.id
       OR EXISTS { MATCH (o:Recommendation {id: a.addressesId}) WHERE any(t IN o.themeIds WHERE t IN r.themeIds) }
    WITH a ORDER BY a.reference
    RETURN collect(a {.*}) AS actions
  }
  CALL (r) {
    OPTIONAL MATCH (r)-[x:FOLLOWED_UP_AT]->(later:Visit)
    WITH x, later WHERE x IS NOT NULL
    RETURN collect({visitId: later.id, decision: x {.*}}) AS decisions
  }
  RETURN collect({recommendation: r {.*}, actions: actions, decisions: decisions}) AS recommendations
}
CALL (v) {
  OPTIONAL MATCH (:Recommendation)-[x:FOLLOWED_UP_AT]->(v)
  UNWIND coalesce(x.evidenceIds, []) + coalesce(x.repeatedBy, []) AS passageId
  WITH DISTINCT passageId
  OPTIONAL MATCH (f:Finding {id: passageId})
  OPTIONAL MATCH (n:Recommendation {id: passageId})
  RETURN collect(f {.*}) AS findings, collect(n {.*}) AS passages
}
RETURN v {.*} AS visit, laterIds, recommendations, findings, passages
ORDER BY v.startDate, v.id
