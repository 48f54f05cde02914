// The council actions that address each recommendation, in plan order.
UNWIND $ids AS parentId
MATCH (n:Action {addressesId: parentId})
WITH parentId, n ORDER BY n.reference
RETURN parentId, collect(n {.*}) AS items
