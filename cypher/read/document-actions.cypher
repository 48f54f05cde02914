// Each document's improvement actions, in plan order.
UNWIND $ids AS parentId
MATCH (n:Action {documentId: parentId})
WITH parentId, n ORDER BY n.reference
RETURN parentId, collect(n {.*}) AS items
