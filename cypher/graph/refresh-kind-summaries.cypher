// Recounts, per kind of service, what findings say of its services across every authority: the visits
// and authorities whose findings mention one, and those findings by polarity. What the national
// `recurringServices` answers from when it needs no visit lists, so it reads one node per kind whatever
// the size of the graph. Recounted for the kinds writes or deletes of some authorities' documents may have
// changed: the kinds of their services, and those they were counted in before (their services may be
// gone) ($scope 'authorities', $authorityIds); the kinds with no counts yet, in a graph stored before they
// existed ('missing'); or every kind ('all', after a bulk load that wrote around the store).
// Every count is read before any is written, and only kinds whose counts changed are written, in id
// order: kinds are shared by all authorities, so concurrent ingests lock as few as they can, as briefly
// as they can, always in the same order.
MATCH (k:ServiceKind)
WHERE $scope = 'all'
   OR ($scope = 'missing' AND k.mentionVisitCount IS NULL)
   OR ($scope = 'authorities' AND (any(id IN coalesce(k.mentionAuthorityIds, []) WHERE id IN $authorityIds)
       OR EXISTS { MATCH (k)<-[:OF_KIND]-(s:Service) WHERE s.authorityId IN $authorityIds }))
CALL (k) {
  OPTIONAL MATCH (k)<-[:OF_KIND]-(s:Service)<-[:MENTIONS]-(f:Finding)
  WITH DISTINCT f, s.authorityId AS authorityId
  // In id order, so the stored list does not depend on the order documents were written in.
  ORDER BY authorityId
  RETURN {
    visits: count(DISTINCT f.visitId),
    authorityIds: [a IN collect(DISTINCT authorityId) WHERE a IS NOT NULL],
    strengths: count(CASE WHEN f.polarity = 'STRENGTH' THEN 1 END),
    weaknesses: count(CASE WHEN f.polarity = 'WEAKNESS' THEN 1 END),
    mixed: count(CASE WHEN f.polarity = 'MIXED' THEN 1 END),
    neutral: count(CASE WHEN f.polarity = 'NEUTRAL' THEN 1 END)
  } AS counts
}
WITH k, counts ORDER BY k.id
WITH collect({kind: k, counts: counts}) AS recounted
UNWIND recounted AS row
WITH row.kind AS k, row.counts AS c
WHERE k.mentionVisitCount IS NULL OR k.mentionVisitCount <> c.visits
   OR k.mentionAuthorityIds <> c.authorityIds OR k.mentionStrengths <> c.strengths
   OR k.mentionWeaknesses <> c.weaknesses OR k.mentionMixed <> c.mixed OR k.mentionNeutral <> c.neutral
SET k.mentionVisitCount = c.visits,
    k.mentionAuthorityIds = c.authorityIds,
    k.mentionStrengths = c.strengths,
    k.mentionWeaknesses = c.weaknesses,
    k.mentionMixed = c.mixed,
    k.mentionNeutral = c.neutral
RETURN count(k) AS kinds
