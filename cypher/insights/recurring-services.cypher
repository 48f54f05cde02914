// Services, or kinds of service across authorities ($groupBy 'KIND'), that findings mention at $minVisits
// visits or more, optionally of one authority and between two start dates; per visit, the findings.
MATCH (v:Visit)-[:HAS_FINDING]->(f:Finding)-[:MENTIONS]->(s:Service)
WHERE ($authorityId IS NULL OR v.authorityId = $authorityId)
  AND ($from IS NULL OR v.startDate >= $from)
  AND ($to IS NULL OR v.startDate <= $to)
WITH CASE WHEN $groupBy = 'KIND' THEN s.kindId ELSE s.id END AS key, s, v, f
WITH key, v, head(collect(s.id)) AS serviceId, head(collect(s.kindId)) AS kindId, collect(DISTINCT f {.*}) AS findings
WITH key, head(collect(serviceId)) AS serviceId, head(collect(kindId)) AS kindId,
     collect({visit: v {.*}, findings: findings}) AS visits
WHERE size(visits) >= $minVisits
RETURN key, serviceId, kindId, visits
ORDER BY size(visits) DESC, key
LIMIT $limit
