// Every authority with the file names of its documents, to match it to the authority reference (a corpus
// file name starts with the authority's Ofsted URN).
MATCH (a:Authority)
OPTIONAL MATCH (d:Document {authorityId: a.id})
WITH a, collect(DISTINCT d.source) AS sources
RETURN a.id AS id, a.name AS name, sources
ORDER BY id
