// Per authority, its latest visit that has judgements and those judgements, and its latest overall
// effectiveness judgement wherever it stands (a later visit may judge some areas only, or its overall
// grade may not have been read). Authorities without judgements, and missing ids, return no row.
UNWIND $ids AS parentId
CALL (parentId) {
  MATCH (v:Visit {authorityId: parentId})
  WHERE EXISTS { MATCH (:Judgement {visitId: v.id}) }
  WITH v ORDER BY v.startDate DESC LIMIT 1
  MATCH (j:Judgement {visitId: v.id})
  WITH v, j ORDER BY j.area
  RETURN v {.*} AS visit, collect(j {.*}) AS items
}
CALL (parentId) {
  MATCH (w:Visit {authorityId: parentId})
  MATCH (o:Judgement {visitId: w.id}) WHERE o.area ENDS WITH 'OVERALL_EFFECTIVENESS'
  WITH o ORDER BY w.startDate DESC
  RETURN collect(o {.*})[0] AS overall
}
RETURN parentId, visit, items, overall
