// Services, or kinds of service across authorities ($groupBy 'KIND'), that findings mention at $minVisits
// visits or more, optionally of one authority and between two start dates; per visit, the findings. Each
// row carries its service (when grouped by service) and its kind.
// The visits come first, one authority's through its index: an `$authorityId IS NULL OR` filter on the
// whole pattern made the planner scan every service and expand all their mentions.
CALL () {
  MATCH (v:Visit) WHERE v.authorityId = $authorityId RETURN v
  UNION
  WITH $authorityId AS authorityId WHERE authorityId IS NULL CALL () { MATCH (v:Visit) RETURN v } RETURN v
}
WITH v WHERE ($from IS NULL OR v.startDate >= $from) AND ($to IS NULL OR v.startDate <= $to)
MATCH (v)-[:HAS_FINDING]->(f:Finding)-[:MENTIONS]->(s:Service)
WITH CASE WHEN $groupBy = 'KIND' THEN s.kindId ELSE s.id END AS key, s, v, f
WITH key, v, head(collect(s.id)) AS serviceId, head(collect(s.kindId)) AS kindId, [x IN collect(DISTINCT f) | x {.*}] AS findings
WITH key, head(collect(serviceId)) AS serviceId, head(collect(kindId)) AS kindId,
     collect({visit: v {.*}, findings: findings}) AS visits
WHERE size(visits) >= $minVisits
WITH key, serviceId, kindId, visits
ORDER BY size(visits) DESC, key
LIMIT $limit
MATCH (kind:ServiceKind {id: kindId})
OPTIONAL MATCH (service:Service {id: serviceId}) WHERE $groupBy = 'SERVICE'
RETURN key, visits, service {.*} AS service, kind {.*} AS kind
ORDER BY size(visits) DESC, key
