// Marks an authority relinked in a batch whose per-kind counts are still to be recounted: a batch recounts
// the kinds once for all its authorities (graph/take-kind-summaries-pending), since one authority's recount
// reads every finding of its kinds nationally, nearly as much as recounting every kind. The mark outlives a
// batch stopped before its recount, so the next batch or start finishes it.
MATCH (a:Authority {id: $authorityId})
SET a.kindSummariesPending = true
RETURN count(a) AS marked
