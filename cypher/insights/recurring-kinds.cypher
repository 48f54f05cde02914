// Kinds of service that findings mention at $minVisits visits or more across all authorities, most
// visits first, from the counts kept on each kind (graph/refresh-kind-summaries): one node per kind read.
MATCH (k:ServiceKind)
WHERE k.mentionVisitCount >= $minVisits
RETURN k {.id, .name} AS kind,
       k.mentionVisitCount AS visitCount,
       size(k.mentionAuthorityIds) AS authorityCount,
       k.mentionStrengths AS strengths,
       k.mentionWeaknesses AS weaknesses,
       k.mentionMixed AS mixed,
       k.mentionNeutral AS neutral
ORDER BY visitCount DESC, kind.id
LIMIT $limit
