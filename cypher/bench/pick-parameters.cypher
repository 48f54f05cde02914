// Bench only: parameters for the latency queries: every authority; the themes findings are most often
// about; and, one per visit that has a later one, a recommendation with themes, with its visit's start date.
CALL () {
  MATCH (a:Authority)
  WITH a ORDER BY a.id
  RETURN collect(a.id) AS authorities
}
CALL () {
  MATCH (t:Theme)
  WITH t, COUNT { (t)<-[:ABOUT_THEME]-(:Finding) } AS findings
  ORDER BY findings DESC, t.id
  LIMIT $themes
  RETURN collect(t.id) AS themes
}
CALL () {
  MATCH (r:Recommendation) WHERE size(r.themeIds) > 0
  WITH r.visitId AS visitId, min(r.id) AS id
  MATCH (v:Visit {id: visitId}) WHERE EXISTS { (v)<-[:FOLLOWS]-(:Visit) }
  WITH v, id ORDER BY id
  LIMIT $recommendations
  MATCH (r:Recommendation {id: id})
  RETURN collect({id: r.id, themeIds: r.themeIds, authorityId: v.authorityId, startDate: v.startDate}) AS recommendations
}
RETURN authorities, themes, recommendations
