// The stored version of a document, if any: decides whether an ingest has anything to do.
// replan=skip: a unique-index lookup, planned the same on any graph; not replanned as an ingest grows it.
CYPHER replan=skip
MATCH (d:Document {id: $documentId})
RETURN d.id AS id, d.extractorVersion AS extractorVersion, d.visitId AS visitId
