// One page of each inspector's visits, oldest first, with whether they led it.
UNWIND $parents AS parentId
MATCH (:Inspector {id: parentId})-[r:INSPECTED]->(n:Visit)
WITH parentId, n, r.lead AS lead ORDER BY coalesce(n.startDate, ''), n.id
WITH parentId, collect(n {.*, lead: lead}) AS matched
RETURN parentId, size(matched) AS total, matched[$skip..($skip + $limit)] AS items
