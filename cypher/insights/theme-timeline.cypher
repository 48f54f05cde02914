// Per visit of the authority, oldest first, its findings and recommendations on the theme; visits with
// none are left out.
MATCH (v:Visit {authorityId: $authorityId})
CALL (v) {
  OPTIONAL MATCH (f:Finding {visitId: v.id}) WHERE $themeId IN f.themeIds
  WITH f ORDER BY f.documentId, f.ordinal
  RETURN collect(f {.*}) AS findings
}
CALL (v) {
  OPTIONAL MATCH (r:Recommendation {visitId: v.id}) WHERE $themeId IN r.themeIds
  WITH r ORDER BY r.documentId, r.ordinal
  RETURN collect(r {.*}) AS recommendations
}
WITH v, findings, recommendations
WHERE size(findings) + size(recommendations) > 0
RETURN v {.*} AS visit, findings, recommendations
ORDER BY v.startDate
