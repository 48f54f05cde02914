// One page of council actions per parent ('theme', or 'all' with one null parent), by plan reference in
// $direction, optionally filtered.
UNWIND $parents AS parentId
CALL (parentId) {
  MATCH (:Theme {id: parentId})<-[:ABOUT_THEME]-(n:Action) WHERE $by = 'theme' RETURN n
  UNION
  // Guarded before the scan, as in findings-page.
  WITH parentId WHERE $by = 'all' CALL () { MATCH (n:Action) RETURN n } RETURN n
}
WITH parentId, n
WHERE ($authorityId IS NULL OR n.visitId STARTS WITH $authorityId + '/')
  AND ($ownerId IS NULL OR n.ownerId = $ownerId)
  AND ($themeId IS NULL OR $themeId IN n.themeIds)
WITH parentId, n ORDER BY
  CASE WHEN $direction = 'DESC' THEN null ELSE n.visitId + ' ' + n.reference END ASC,
  CASE WHEN $direction = 'DESC' THEN n.visitId + ' ' + n.reference ELSE null END DESC
WITH parentId, collect(n) AS matched
RETURN parentId, size(matched) AS total, [x IN matched[$skip..($skip + $limit)] | x {.*}] AS items
