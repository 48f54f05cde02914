// One page of council actions by plan reference in $direction, optionally filtered.
MATCH (n:Action)
WHERE ($authorityId IS NULL OR n.visitId STARTS WITH $authorityId + '/')
  AND ($ownerId IS NULL OR n.ownerId = $ownerId)
  AND ($themeId IS NULL OR $themeId IN n.themeIds)
WITH n ORDER BY
  CASE WHEN $direction = 'DESC' THEN null ELSE n.visitId + ' ' + n.reference END ASC,
  CASE WHEN $direction = 'DESC' THEN n.visitId + ' ' + n.reference ELSE null END DESC
WITH collect(n) AS matched
RETURN null AS parentId, size(matched) AS total, [x IN matched[$skip..($skip + $limit)] | x {.*}] AS items
