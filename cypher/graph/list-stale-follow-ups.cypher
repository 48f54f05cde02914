// Authorities with recommendations whose stored follow-ups were decided by another tracing version (or never
// stored: a graph written before they were, or around the store), and that no batch is about to relink.
MATCH (a:Authority)
WHERE coalesce(a.followUpsVersion, '') <> $version
  AND a.relinkPending IS NULL
  AND EXISTS { (a)<-[:OF_AUTHORITY]-(:Visit)-[:HAS_RECOMMENDATION]->(:Recommendation) }
RETURN a.id AS authorityId
ORDER BY authorityId
