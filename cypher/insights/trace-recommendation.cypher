// A recommendation, its visit, the council actions addressing it (or addressing a recommendation of the same
// visit on a shared theme), and each later visit to the authority with its findings and recommendations on
// the recommendation's themes.
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
  CALL (later, r) {
    OPTIONAL MATCH (f:Finding {visitId: later.id}) WHERE any(t IN f.themeIds WHERE t IN r.themeIds)
    WITH f ORDER BY f.documentId, f.ordinal
    RETURN collect(f {.*}) AS findings
  }
  CALL (later, r) {
    OPTIONAL MATCH (n:Recommendation {visitId: later.id}) WHERE any(t IN n.themeIds WHERE t IN r.themeIds)
    WITH n ORDER BY n.documentId, n.ordinal
    RETURN collect(n {.*}) AS recommendations
  }
  WITH later, findings, recommendations ORDER BY later.startDate
  RETURN collect({visit: later {.*}, findings: findings, recommendations: recommendations}) AS followUps
}
RETURN r {.*} AS recommendation, v {.*} AS visit, actions, followUps
