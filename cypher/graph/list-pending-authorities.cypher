// Authorities with documents written since their visits were last refreshed and their chains (FOLLOWS,
// REPEATS) rebuilt: those of the batch being ingested, or of one that was stopped before it ended.
MATCH (a:Authority)
WHERE a.relinkPending = true
RETURN a.id AS authorityId
ORDER BY authorityId
