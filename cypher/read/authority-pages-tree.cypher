// A page of authorities and, below it, the pages a nested query asks for, in one statement: for each
// authority on the page, one page of its visits; for each of those visits, one page of its findings (none
// when $findings is null); and the services those findings mention when $withServices. Each level's map
// ($authorities, $visits, $findings) holds its filters, order, skip and limit, read exactly as
// authorities-page, visits-page (by authority) and findings-page (by visit) read theirs, so the loaders
// can be primed with what those statements would have answered.
MATCH (n:Authority)
WHERE $authorities.nameContains IS NULL OR toLower(n.name) CONTAINS toLower($authorities.nameContains)
WITH n ORDER BY
  CASE WHEN $authorities.direction = 'DESC' THEN null ELSE n.name END ASC,
  CASE WHEN $authorities.direction = 'DESC' THEN n.name ELSE null END DESC
WITH collect(n) AS matched
WITH size(matched) AS total,
     matched[$authorities.skip..($authorities.skip + $authorities.limit)] AS authorities
CALL (authorities) {
  UNWIND authorities AS a
  CALL (a) {
    MATCH (n:Visit) WHERE n.authorityId = a.id
      AND ($visits.authorityId IS NULL OR n.authorityId = $visits.authorityId)
      AND ($visits.type IS NULL OR n.type = $visits.type)
      AND ($visits.from IS NULL OR n.startDate >= $visits.from)
      AND ($visits.to IS NULL OR n.startDate <= $visits.to)
    WITH n ORDER BY
      CASE WHEN $visits.direction = 'DESC' THEN null ELSE coalesce(n.startDate, '') END ASC,
      CASE WHEN $visits.direction = 'DESC' THEN coalesce(n.startDate, '') ELSE null END DESC,
      n.id
    WITH collect(n) AS matched
    RETURN size(matched) AS visitTotal, matched[$visits.skip..($visits.skip + $visits.limit)] AS visits
  }
  RETURN collect({parentId: a.id, total: visitTotal, items: visits}) AS visitPages
}
CALL (visitPages) {
  UNWIND visitPages AS visitPage
  UNWIND visitPage.items AS v
  // No rows, so no finding pages, when the query asks for none.
  WITH v WHERE $findings IS NOT NULL
  CALL (v) {
    MATCH (n:Finding) WHERE n.visitId = v.id
      AND ($findings.polarity IS NULL OR n.polarity = $findings.polarity)
      AND ($findings.themeId IS NULL OR $findings.themeId IN n.themeIds)
      AND ($findings.serviceId IS NULL OR $findings.serviceId IN n.serviceIds)
      AND ($findings.serviceKindId IS NULL OR EXISTS {
        (n)-[:MENTIONS]->(:Service)-[:OF_KIND]->(:ServiceKind {id: $findings.serviceKindId})
      })
      AND ($findings.authorityId IS NULL OR n.visitId STARTS WITH $findings.authorityId + '/')
      AND (($findings.from IS NULL AND $findings.to IS NULL) OR EXISTS {
        MATCH (fv:Visit {id: n.visitId})
        WHERE ($findings.from IS NULL OR fv.startDate >= $findings.from)
          AND ($findings.to IS NULL OR fv.startDate <= $findings.to)
      })
    WITH n, n.visitId + ' ' + n.documentId + ' ' + right('00000' + toString(n.ordinal), 6) AS position
    ORDER BY
      CASE WHEN $findings.direction = 'DESC' THEN null ELSE position END ASC,
      CASE WHEN $findings.direction = 'DESC' THEN position ELSE null END DESC
    WITH collect(n) AS matched
    RETURN size(matched) AS findingTotal,
           matched[$findings.skip..($findings.skip + $findings.limit)] AS findings
  }
  // Each finding as the values of $findingKeys, in that order: only what the query will read.
  RETURN collect({parentId: v.id, total: findingTotal, items: [x IN findings | [k IN $findingKeys | x[k]]]})
           AS findingPages,
         collect(findings) AS findingLists
}
CALL (findingLists) {
  WITH findingLists WHERE $withServices
  UNWIND findingLists AS findings
  UNWIND findings AS f
  UNWIND coalesce(f.serviceIds, []) AS id
  WITH DISTINCT id
  MATCH (s:Service {id: id})
  RETURN collect(s {.*}) AS services
}
// One row (row 0) carries the authorities, their visits and the services; each other row one page of
// findings. One row holding everything is a Bolt message of many chunks, and the driver decodes each
// string of such a message by walking all its chunks: the same tree in rows took half the client's CPU.
UNWIND range(0, size(findingPages)) AS row
RETURN CASE WHEN row = 0 THEN {total: total, items: [x IN authorities | x {.*}]} END AS authorityPage,
       CASE WHEN row = 0 THEN [p IN visitPages | p {.parentId, .total, items: [x IN p.items | x {.*}]}] END
         AS visitPages,
       CASE WHEN row = 0 THEN services END AS services,
       CASE WHEN row > 0 THEN findingPages[row - 1] END AS findingPage
