// One page of people by name in $direction, optionally those whose name contains $nameContains.
MATCH (n:Person)
WHERE $nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains)
WITH n ORDER BY
  CASE WHEN $direction = 'DESC' THEN null ELSE n.name END ASC,
  CASE WHEN $direction = 'DESC' THEN n.name ELSE null END DESC,
  n.id
WITH collect(n) AS matched
RETURN null AS parentId, size(matched) AS total, [x IN matched[$skip..($skip + $limit)] | x {.*}] AS items
