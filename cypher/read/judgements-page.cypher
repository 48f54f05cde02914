// One page of judgements, by visit then area in $direction, optionally of one authority, area or grade.
MATCH (n:Judgement)
WHERE ($authorityId IS NULL OR n.visitId STARTS WITH $authorityId + '/')
  AND ($area IS NULL OR n.area = $area)
  AND ($grade IS NULL OR n.grade = $grade)
WITH n ORDER BY
  CASE WHEN $direction = 'DESC' THEN null ELSE n.visitId + ' ' + n.area END ASC,
  CASE WHEN $direction = 'DESC' THEN n.visitId + ' ' + n.area ELSE null END DESC
WITH collect(n) AS matched
RETURN null AS parentId, size(matched) AS total, [x IN matched[$skip..($skip + $limit)] | x {.*}] AS items
