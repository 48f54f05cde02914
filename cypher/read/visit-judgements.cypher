// Each visit's judgements.
UNWIND $ids AS parentId
MATCH (n:Judgement {visitId: parentId})
WITH parentId, n ORDER BY n.area
RETURN parentId, collect(n {.*}) AS items
