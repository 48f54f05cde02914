// Derives the properties of each of an authority's visits from what its documents claim, most
// authoritative first: Ofsted's own documents before council reports and news, day-precise dates before
// month-precise ones, then by document id. The result does not depend on the order in which documents were
// ingested. Run for the whole authority (a handful of visits) so that a batch that wrote several of its
// documents refreshes each visit once. It first clears the authority's `relinkPending` (set by
// ingest/write-document until the authority is relinked), which locks the authority: a document of it
// being written at the same time either commits before this reads the visits, or marks it pending again.
// replan=skip: its plan (index seeks from the authority) is the same on an empty graph as on a full one,
// so it is not replanned each time an ingest's growing statistics pass the divergence threshold.
CYPHER replan=skip
OPTIONAL MATCH (a:Authority {id: $authorityId})
REMOVE a.relinkPending
WITH DISTINCT $authorityId AS authorityId
MATCH (v:Visit {authorityId: authorityId})
MATCH (v)<-[c:DESCRIBES]-(d:Document)
WITH v, c, d ORDER BY c.rank DESC, d.id ASC
WITH v, collect(c) AS claims
// The periods come whole from one claim, the first that has any, so that starts and ends stay paired.
WITH v, claims, head([c IN claims WHERE size(coalesce(c.periodStarts, [])) > 0]) AS timed
SET v.periodStarts = coalesce(timed.periodStarts, []),
    v.periodEnds = coalesce(timed.periodEnds, []),
    v.type = head([c IN claims WHERE c.type <> 'OTHER' | c.type] + ['OTHER']),
    v.startDate = head([c IN claims WHERE c.startDate IS NOT NULL | c.startDate]),
    v.endDate = head([c IN claims WHERE c.endDate IS NOT NULL | c.endDate]),
    v.framework = head([c IN claims WHERE c.framework IS NOT NULL | c.framework]),
    v.focusAreas = head([c IN claims WHERE size(c.focusAreas) > 0 | c.focusAreas] + [[]]),
    v.sequenceNumber = head([c IN claims WHERE c.sequenceNumber IS NOT NULL | c.sequenceNumber]),
    v.previousGrade = head([c IN claims WHERE c.previousGrade IS NOT NULL | c.previousGrade]),
    v.previousDate = head([c IN claims WHERE c.previousDate IS NOT NULL | c.previousDate])
RETURN count(v) AS count
