// Each visit's previous and next visit to the same authority.
UNWIND $ids AS parentId
MATCH (v:Visit {id: parentId})
OPTIONAL MATCH (v)-[:FOLLOWS]->(previous:Visit)
OPTIONAL MATCH (v)<-[:FOLLOWS]-(next:Visit)
RETURN parentId, previous {.*} AS previous, next {.*} AS next
