// One page of stored documents for `ofsted-graph export`, in id order after the last id of the previous
// page: each document's source, extractor version, validated record (JSON) and normalised text.
MATCH (d:Document)
WHERE d.id > $after
RETURN d.id AS id, d.source AS source, d.extractorVersion AS extractorVersion, d.recordJson AS recordJson,
       d.text AS text
ORDER BY id
LIMIT $limit
