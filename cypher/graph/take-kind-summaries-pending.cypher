// The authorities whose per-kind counts are still to be recounted (graph/mark-kind-summaries-pending),
// their marks removed: run in the transaction that recounts their kinds, so a failed recount keeps them.
MATCH (a:Authority)
WHERE a.kindSummariesPending = true
REMOVE a.kindSummariesPending
RETURN a.id AS authorityId
ORDER BY authorityId
