// Every visit with its derived properties, documents and the visit it follows, in id order: two graphs
// built from the same documents in different orders must give the same rows.
MATCH (v:Visit)
OPTIONAL MATCH (v)-[:FOLLOWS]->(previous:Visit)
RETURN v.id AS id, v.type AS type, v.startDate AS startDate, v.endDate AS endDate, previous.id AS follows,
       COUNT { (v)<-[:DESCRIBES]-(:Document) } AS documents, COUNT { (v)-[:HAS_FINDING]->() } AS findings
ORDER BY id
