// One page of themes, in the taxonomy's id order.
MATCH (n:Theme)
WITH n ORDER BY n.id
WITH collect(n) AS matched
RETURN null AS parentId, size(matched) AS total, [x IN matched[$skip..($skip + $limit)] | x {.*}] AS items
