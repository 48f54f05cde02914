// The stored version of a document, if any: decides whether an ingest has anything to do.
MATCH (d:Document {id: $documentId})
RETURN d.id AS id, d.extractorVersion AS extractorVersion, d.visitId AS visitId
