// One page of visits per parent ('authority' or 'all'), sorted by start date in $direction, with the total.
UNWIND $parents AS parentId
CALL (parentId) {
  MATCH (n:Visit) WHERE $by = 'authority' AND n.authorityId = parentId RETURN n
  UNION
  // Guarded before the scan: as a WHERE on the MATCH, the planner scans every Visit once per parent.
  WITH parentId WHERE $by = 'all' CALL () { MATCH (n:Visit) RETURN n } RETURN n
}
WITH parentId, n
WHERE ($authorityId IS NULL OR n.authorityId = $authorityId)
  AND ($type IS NULL OR n.type = $type)
  AND ($from IS NULL OR n.startDate >= $from)
  AND ($to IS NULL OR n.startDate <= $to)
WITH parentId, n ORDER BY
  CASE WHEN $direction = 'DESC' THEN null ELSE coalesce(n.startDate, '') END ASC,
  CASE WHEN $direction = 'DESC' THEN coalesce(n.startDate, '') ELSE null END DESC,
  n.id
WITH parentId, collect(n) AS matched
RETURN parentId, size(matched) AS total, [x IN matched[$skip..($skip + $limit)] | x {.*}] AS items
