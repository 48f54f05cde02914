// Bench only: services of generated documents, each of its authority and kind, named by its documents.
UNWIND $services AS s
MATCH (a:Authority {id: s.props.authorityId})
MERGE (k:ServiceKind {id: s.props.kindId})
ON CREATE SET k.name = s.kindName
MERGE (n:Service {id: s.props.id})
SET n = s.props, n.kindName = k.name
MERGE (n)-[:OF_AUTHORITY]->(a)
MERGE (n)-[:OF_KIND]->(k)
WITH n, s
UNWIND s.documentIds AS documentId
MATCH (d:Document {id: documentId})
MERGE (d)-[:NAMES]->(n)
RETURN count(*) AS count
