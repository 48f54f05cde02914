// The visit's judgements, one per area; `sources` lists the documents that state them.
MATCH (d:Document {id: $documentId})-[:DESCRIBES]->(v:Visit)
UNWIND $judgements AS j
MERGE (n:Judgement {id: v.id + '/' + j.area})
SET n.area = j.area, n.visitId = v.id, n.grade = j.grade,
    n.sources = CASE WHEN d.id IN coalesce(n.sources, []) THEN n.sources ELSE coalesce(n.sources, []) + d.id END
MERGE (v)-[:HAS_JUDGEMENT]->(n)
RETURN count(n) AS count
