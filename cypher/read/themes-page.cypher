// One page of themes by id in $direction.
MATCH (n:Theme)
WITH n ORDER BY
  CASE WHEN $direction = 'DESC' THEN null ELSE n.id END ASC,
  CASE WHEN $direction = 'DESC' THEN n.id ELSE null END DESC
WITH collect(n) AS matched
RETURN null AS parentId, size(matched) AS total, [x IN matched[$skip..($skip + $limit)] | x {.*}] AS items
