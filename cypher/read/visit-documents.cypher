// Each visit's documents.
UNWIND $ids AS parentId
MATCH (n:Document {visitId: parentId})
WITH parentId, n ORDER BY coalesce(n.date, ''), n.id
RETURN parentId, collect(n {.*, text: null, recordJson: null}) AS items
