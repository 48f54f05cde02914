// An authority's visits in date order, each with its recommendations: what REPEATS is computed from.
MATCH (v:Visit {authorityId: $authorityId})
WHERE v.startDate IS NOT NULL
WITH v ORDER BY v.startDate, v.id
CALL (v) {
  OPTIONAL MATCH (r:Recommendation {visitId: v.id})
  WITH r ORDER BY r.documentId, r.ordinal
  RETURN collect(r {.id, .text, .themeIds}) AS recommendations
}
RETURN v.id AS visitId, recommendations
