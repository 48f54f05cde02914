// Recounts, per kind of service, what findings say of its services across every authority: the visits
// and authorities whose findings mention one, and those findings by polarity. What the national
// `recurringServices` answers from when it needs no visit lists, so it reads one node per kind whatever
// the size of the graph. Recounted for the kinds an authority's write or delete may have changed: the
// kinds of its services, and those it was counted in before (its services may be gone) ($scope
// 'authority'); the kinds with no counts yet, in a graph stored before they existed ('missing'); or
// every kind ('all', after a bulk load that wrote around the store).
MATCH (k:ServiceKind)
WHERE $scope = 'all'
   OR ($scope = 'missing' AND k.mentionVisitCount IS NULL)
   OR ($scope = 'authority' AND ($authorityId IN coalesce(k.mentionAuthorityIds, [])
       OR EXISTS { (k)<-[:OF_KIND]-(:Service {authorityId: $authorityId}) }))
CALL (k) {
  OPTIONAL MATCH (k)<-[:OF_KIND]-(s:Service)<-[:MENTIONS]-(f:Finding)
  WITH DISTINCT f, s.authorityId AS authorityId
  RETURN count(DISTINCT f.visitId) AS visits,
         [a IN collect(DISTINCT authorityId) WHERE a IS NOT NULL] AS authorityIds,
         count(CASE WHEN f.polarity = 'STRENGTH' THEN 1 END) AS strengths,
         count(CASE WHEN f.polarity = 'WEAKNESS' THEN 1 END) AS weaknesses,
         count(CASE WHEN f.polarity = 'MIXED' THEN 1 END) AS mixed,
         count(CASE WHEN f.polarity = 'NEUTRAL' THEN 1 END) AS neutral
}
SET k.mentionVisitCount = visits,
    k.mentionAuthorityIds = authorityIds,
    k.mentionStrengths = strengths,
    k.mentionWeaknesses = weaknesses,
    k.mentionMixed = mixed,
    k.mentionNeutral = neutral
RETURN count(k) AS kinds
