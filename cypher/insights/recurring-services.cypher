// Services, or kinds of service across authorities ($groupBy 'KIND'), that findings mention at $minVisits
// visits or more, optionally of one authority and between two start dates; per visit, the findings. Each
// row carries its service (when grouped by service) and its kind. Each finding is given as the values of
// $findingKeys, in that order: only what the query will read.
// Starts from the services (one authority's through its index), since few findings mention one: from the
// visits, every finding of every visit was expanded. An `$authorityId IS NULL OR` filter on the whole
// pattern made the planner scan every service, hence the UNION.
CALL () {
  MATCH (s:Service) WHERE s.authorityId = $authorityId RETURN s
  UNION
  WITH $authorityId AS authorityId WHERE authorityId IS NULL CALL () { MATCH (s:Service) RETURN s } RETURN s
}
MATCH (s)<-[:MENTIONS]-(f:Finding)<-[:HAS_FINDING]-(v:Visit)
WHERE ($from IS NULL OR v.startDate >= $from) AND ($to IS NULL OR v.startDate <= $to)
WITH CASE WHEN $groupBy = 'KIND' THEN s.kindId ELSE s.id END AS key, s, v, f
WITH key, v, head(collect(s.id)) AS serviceId, head(collect(s.kindId)) AS kindId, [x IN collect(DISTINCT f) | [k IN $findingKeys | x[k]]] AS findings
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
