// One page of documents by date in $direction, optionally of one kind or one authority.
MATCH (n:Document)
WHERE ($kind IS NULL OR n.kind = $kind) AND ($authorityId IS NULL OR n.authorityId = $authorityId)
WITH n ORDER BY
  CASE WHEN $direction = 'DESC' THEN null ELSE coalesce(n.date, '') END ASC,
  CASE WHEN $direction = 'DESC' THEN coalesce(n.date, '') ELSE null END DESC,
  n.id
WITH collect(n) AS matched
RETURN null AS parentId, size(matched) AS total, [x IN matched[$skip..($skip + $limit)] | x {.*, text: null, recordJson: null}] AS items
