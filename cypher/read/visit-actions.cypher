// Each visit's actions.
UNWIND $ids AS parentId
MATCH (n:Action {visitId: parentId})
WITH parentId, n ORDER BY n.reference
RETURN parentId, collect(n {.*}) AS items
