// Services the document names, each belonging to the authority and of a kind shared across authorities.
// Aliases accumulate across documents.
MATCH (d:Document {id: $documentId})
MATCH (a:Authority {id: d.authorityId})
UNWIND $services AS s
MERGE (k:ServiceKind {id: s.kind})
ON CREATE SET k.name = s.kindName
MERGE (n:Service {id: s.id})
SET n.name = s.name, n.authorityId = a.id, n.kindId = k.id, n.kindName = k.name, n.acronym = coalesce(s.acronym, n.acronym), n.fullName = coalesce(s.fullName, n.fullName),
    n.aliases = reduce(acc = coalesce(n.aliases, []), x IN s.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END)
MERGE (n)-[:OF_AUTHORITY]->(a)
MERGE (n)-[:OF_KIND]->(k)
MERGE (d)-[:NAMES]->(n)
RETURN count(n) AS count
