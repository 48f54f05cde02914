// A recommendation's trace from its stored follow-ups (graph/store-follow-ups.cypher): the recommendation, its
// visit, the council actions as trace-recommendation.cypher gives them, and each later visit (oldest first)
// with the stored decision and only the passages it names. `current` says whether the decisions can be
// trusted: stored by this tracing version, and the authority not waiting for a batch's relink. One
// statement whatever the number of later visits.
MATCH (r:Recommendation {id: $id})
MATCH (v:Visit {id: r.visitId})
OPTIONAL MATCH (au:Authority {id: v.authorityId})
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
  OPTIONAL MATCH (r)-[x:FOLLOWED_UP_AT]->(later)
  CALL (x) {
    OPTIONAL MATCH (f:Finding) WHERE f.id IN x.evidenceIds
    RETURN collect(f {.*}) AS findings
  }
  CALL (x) {
    OPTIONAL MATCH (n:Recommendation) WHERE n.id IN x.evidenceIds + x.repeatedBy
    RETURN collect(n {.*}) AS recommendations
  }
  WITH later, x, findings, recommendations ORDER BY later.startDate
  RETURN collect({visit: later {.*}, decision: x {.*}, findings: findings, recommendations: recommendations})
         AS followUps
}
RETURN r {.*} AS recommendation, v {.*} AS visit, actions, followUps,
       coalesce(au.followUpsVersion = $version AND au.relinkPending IS NULL, false) AS current
