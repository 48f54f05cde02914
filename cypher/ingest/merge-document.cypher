// The document, its authority and the visit it describes (merged on the visit key, so that every document
// about one visit joins the same node). The document's own view of the visit is kept on DESCRIBES, and
// graph/refresh-visit derives the visit's properties from all such claims.
MERGE (a:Authority {id: $authority.id})
SET a.name = $authority.name
MERGE (v:Visit {id: $visitId})
SET v.authorityId = $authority.id
MERGE (v)-[:OF_AUTHORITY]->(a)
CREATE (d:Document {id: $document.id})
SET d += $document, d.authorityId = $authority.id, d.visitId = $visitId, d.extractorVersion = $extractorVersion,
    d.ingestedAt = datetime()
CREATE (d)-[c:DESCRIBES]->(v)
SET c += $claim
RETURN d.id AS id
