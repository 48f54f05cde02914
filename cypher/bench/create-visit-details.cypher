// Bench only: the judgements and inspectors of generated visits, supported by their one document.
UNWIND $visits AS row
MATCH (v:Visit {id: row.visitId})
CALL (v, row) {
  UNWIND row.judgements AS j
  MERGE (n:Judgement {id: v.id + '/' + j.area})
  SET n.area = j.area, n.visitId = v.id, n.grade = j.grade, n.sources = [row.documentId]
  MERGE (v)-[:HAS_JUDGEMENT]->(n)
}
CALL (v, row) {
  UNWIND row.inspectors AS i
  MERGE (p:Inspector {id: i.id})
  ON CREATE SET p.name = i.name
  MERGE (p)-[r:INSPECTED]->(v)
  SET r.lead = i.lead, r.sources = [row.documentId]
}
RETURN count(v) AS count
