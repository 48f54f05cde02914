// The authority (no row when there is none) and, per visit of it, oldest first, its findings and
// recommendations on the theme; visits with none are left out. Each finding is given as the values of
// $findingKeys, in that order: only what the query will read.
MATCH (a:Authority {id: $authorityId})
CALL (a) {
  MATCH (v:Visit {authorityId: a.id})
  CALL (v) {
    OPTIONAL MATCH (f:Finding {visitId: v.id}) WHERE $themeId IN f.themeIds
    WITH f ORDER BY f.documentId, f.ordinal
    // No finding is a null, which collect() leaves out; its list of values would not be.
    RETURN collect(CASE WHEN f IS NOT NULL THEN [k IN $findingKeys | f[k]] END) AS findings
  }
  CALL (v) {
    OPTIONAL MATCH (r:Recommendation {visitId: v.id}) WHERE $themeId IN r.themeIds
    WITH r ORDER BY r.documentId, r.ordinal
    RETURN collect(r {.*}) AS recommendations
  }
  WITH v, findings, recommendations
  WHERE size(findings) + size(recommendations) > 0
  WITH v, findings, recommendations ORDER BY v.startDate
  RETURN collect({visit: v {.*}, findings: findings, recommendations: recommendations}) AS entries
}
RETURN a {.*} AS authority, entries
