// Bench only: generated documents, each describing a visit of its own (merged with its authority). The
// visit's properties are those of its one claim, as graph/refresh-visit would derive them.
UNWIND $documents AS doc
MERGE (a:Authority {id: doc.authority.id})
ON CREATE SET a.name = doc.authority.name
MERGE (v:Visit {id: doc.visit.id})
SET v += doc.visit
MERGE (v)-[:OF_AUTHORITY]->(a)
CREATE (d:Document)
SET d = doc.props
CREATE (d)-[c:DESCRIBES]->(v)
SET c = doc.claim
RETURN count(d) AS count
