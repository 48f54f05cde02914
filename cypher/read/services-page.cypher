// One page of services per parent ('authority', 'kind' or 'all'), by name in $direction, with the total.
UNWIND $parents AS parentId
CALL (parentId) {
  MATCH (n:Service) WHERE $by = 'authority' AND n.authorityId = parentId RETURN n
  UNION
  MATCH (n:Service) WHERE $by = 'kind' AND n.kindId = parentId RETURN n
  UNION
  // Guarded before the scan: as a WHERE on the MATCH, the planner scans every Service once per parent.
  WITH parentId WHERE $by = 'all' CALL () { MATCH (n:Service) RETURN n } RETURN n
}
WITH parentId, n
WHERE ($authorityId IS NULL OR n.authorityId = $authorityId)
  AND ($kindId IS NULL OR n.kindId = $kindId)
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
WITH parentId, n ORDER BY
  CASE WHEN $direction = 'DESC' THEN null ELSE n.name END ASC,
  CASE WHEN $direction = 'DESC' THEN n.name ELSE null END DESC,
  n.id
WITH parentId, collect(n) AS matched
RETURN parentId, size(matched) AS total, [x IN matched[$skip..($skip + $limit)] | x {.*}] AS items
