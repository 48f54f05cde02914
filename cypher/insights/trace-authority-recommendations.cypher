// What tracing every recommendation of an authority needs, in one statement however many it has: each visit
// of the authority once, with its recommendations (each with the council actions that
// trace-recommendation.cypher gives it), the ids of the visits after it in the FOLLOWS chain, oldest first,
// and, when it follows another visit, its findings and judgements. The caller pairs each recommendation with
// the visits after its own, so a visit's passages are read once rather than once per earlier recommendation,
// and those of a visit that follows none (which no trace reads) not at all.
MATCH (:Authority {id: $authorityId})<-[:OF_AUTHORITY]-(v:Visit)
WITH v, EXISTS { (v)-[:FOLLOWS]->(:Visit) } AS isLater
CALL (v) {
  OPTIONAL MATCH (later:Visit)-[:FOLLOWS*1..]->(v)
  WITH later WHERE later IS NOT NULL
  WITH later ORDER BY later.startDate
  RETURN collect(later.id) AS laterIds
}
CALL (v, isLater) {
  WITH v WHERE isLater
  MATCH (f:Finding {visitId: v.id})
  WITH f ORDER BY f.documentId, f.ordinal
  RETURN collect(f {.*}) AS findings
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
  RETURN collect({recommendation: r {.*}, actions: actions}) AS recommendations
}
CALL (v, isLater) {
  WITH v WHERE isLater
  MATCH (j:Judgement {visitId: v.id})
  RETURN collect(j {.*}) AS judgements
}
RETURN v {.*} AS visit, laterIds, findings, recommendations, judgements
ORDER BY v.startDate, v.id
