// The services each document names.
UNWIND $ids AS parentId
MATCH (:Document {id: parentId})-[:NAMES]->(n:Service)
WITH parentId, n ORDER BY n.name
RETURN parentId, collect(n {.*}) AS items
