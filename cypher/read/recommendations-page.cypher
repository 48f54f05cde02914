// One page of recommendations per parent, with the total. $by says what the parents are: 'visit', 'document',
// 'theme', 'service', or 'all' (one null parent). Filters are optional; recommendations are ordered by visit,
// document and place in the document, in $direction.
UNWIND $parents AS parentId
CALL (parentId) {
  MATCH (n:Recommendation) WHERE $by = 'visit' AND n.visitId = parentId RETURN n
  UNION
  MATCH (n:Recommendation) WHERE $by = 'document' AND n.documentId = parentId RETURN n
  UNION
  MATCH (:Theme {id: parentId})<-[:ABOUT_THEME]-(n:Recommendation) WHERE $by = 'theme' RETURN n
  UNION
  MATCH (:Service {id: parentId})<-[:MENTIONS]-(n:Recommendation) WHERE $by = 'service' RETURN n
  UNION
  // Guarded before the scan: as a WHERE on the MATCH, the planner scans every Recommendation once per parent.
  WITH parentId WHERE $by = 'all' AND $serviceKindId IS NULL CALL () { MATCH (n:Recommendation) RETURN n } RETURN n
  UNION
  // Filtered by a kind of service: from the kind's services rather than a scan of every Recommendation.
  WITH parentId WHERE $by = 'all' AND $serviceKindId IS NOT NULL
  CALL () { MATCH (:ServiceKind {id: $serviceKindId})<-[:OF_KIND]-(:Service)<-[:MENTIONS]-(n:Recommendation) RETURN DISTINCT n }
  RETURN n
}
WITH parentId, n
WHERE ($themeId IS NULL OR $themeId IN n.themeIds)
  AND ($serviceId IS NULL OR $serviceId IN n.serviceIds)
  AND ($serviceKindId IS NULL OR EXISTS { (n)-[:MENTIONS]->(:Service)-[:OF_KIND]->(:ServiceKind {id: $serviceKindId}) })
  AND ($authorityId IS NULL OR n.visitId STARTS WITH $authorityId + '/')
  AND (($from IS NULL AND $to IS NULL) OR EXISTS {
    MATCH (v:Visit {id: n.visitId})
    WHERE ($from IS NULL OR v.startDate >= $from) AND ($to IS NULL OR v.startDate <= $to)
  })
WITH parentId, n, n.visitId + ' ' + n.documentId + ' ' + right('00000' + toString(n.ordinal), 6) AS position
WITH parentId, n ORDER BY
  CASE WHEN $direction = 'DESC' THEN null ELSE position END ASC,
  CASE WHEN $direction = 'DESC' THEN position ELSE null END DESC
WITH parentId, collect(n) AS matched
RETURN parentId, size(matched) AS total, [x IN matched[$skip..($skip + $limit)] | x {.*}] AS items
