// Inspectors on the visit (lead or not) and the people the document names: the DCS it is addressed to and
// its author. `sources` on INSPECTED lists the documents that say so.
MATCH (d:Document {id: $documentId})-[:DESCRIBES]->(v:Visit)
CALL (d, v) {
  UNWIND $inspectors AS i
  MERGE (p:Inspector {id: i.id})
  ON CREATE SET p.name = i.name
  MERGE (p)-[r:INSPECTED]->(v)
  SET r.lead = coalesce(r.lead, false) OR i.lead,
      r.sources = CASE WHEN d.id IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + d.id END
}
CALL (d) {
  UNWIND $people AS person
  MERGE (p:Person {id: person.id})
  ON CREATE SET p.name = person.name
  SET p.title = coalesce(person.title, p.title)
  WITH d, p, person
  CALL (d, p, person) {
    WITH d, p, person WHERE person.role = 'DCS'
    MERGE (d)-[:ADDRESSED_TO]->(p)
  }
  CALL (d, p, person) {
    WITH d, p, person WHERE person.role = 'AUTHOR'
    MERGE (d)-[:AUTHORED_BY]->(p)
  }
}
RETURN count(*) AS done
