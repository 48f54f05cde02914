// Takes the authority's write lock before its follow-ups are read and traced again, and clears its
// stamp until they are stored: a concurrent write of the same authority waits, and no reader trusts a
// half-written set (see store-follow-ups.cypher).
MATCH (a:Authority {id: $authorityId})
REMOVE a.followUpsVersion
RETURN a.id AS authorityId
