// A recommendation, its visit, the council actions addressing it (or addressing a recommendation of the same
// visit on a shared theme), and each later visit to the authority with everything it holds that may bear on
// the recommendation: all its findings, recommendations and judgements (relevance is ranked by the caller).
// One statement whatever the number of later visits.
MATCH (r:Recommendation {id: $id})
MATCH (v:Visit {id: r.visitId})
CALL (r, v) {
  OPTIONAL MATCH (a:Action {visitId: v.id})
  WHERE a.addressesId = r.id
     OR EXISTS { MATCH (o:Recommendation {id: a.addressesId}) WHERE any(t IN o.themeIds WHERE t IN r.themeIds) }
  WITH a ORDER BY a.reference
  RETURN collect(a {.*}) AS actions
}
CALL (r, v) {
  OPTIONAL MATCH (later:Visit)-[:FOLLOWS*1..]->(v)
  WITH later WHERE later IS NOT NULL
  CALL (later) {
    OPTIONAL MATCH (f:Finding {visitId: later.id})
    WITH f ORDER BY f.documentId, f.ordinal
    RETURN collect(f {.*}) AS findings
  }
  CALL (later) {
    OPTIONAL MATCH (n:Recommendation {visitId: later.id})
    WITH n ORDER BY n.documentId, n.ordinal
    RETURN collect(n {.*}) AS recommendations
  }
  CALL (later) {
    OPTIONAL MATCH (j:Judgement {visitId: later.id})
    RETURN collect(j {.*}) AS judgements
  }
  WITH later, findings, recommendations, judgements ORDER BY later.startDate
  RETURN collect({visit: later {.*}, findings: findings, recommendations: recommendations, judgements: judgements}) AS followUps
}
RETURN r {.*} AS recommendation, v {.*} AS visit, actions, followUps
