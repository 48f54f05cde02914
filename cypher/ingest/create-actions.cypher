// A council's improvement actions: each addresses one of the same document's recommendations (areas for
// improvement) and may have an owner.
MATCH (d:Document {id: $documentId})-[:DESCRIBES]->(v:Visit)
UNWIND $actions AS a
CREATE (n:Action)
SET n = a.props, n.documentId = d.id, n.visitId = v.id
CREATE (n)-[:FROM_DOCUMENT]->(d)
WITH d, n, a
CALL (d, n, a) {
  MATCH (r:Recommendation {id: a.addresses})
  CREATE (n)-[:ADDRESSES]->(r)
}
CALL (n, a) {
  WITH n, a WHERE a.owner IS NOT NULL
  MERGE (p:Person {id: a.owner.id})
  ON CREATE SET p.name = a.owner.name
  CREATE (n)-[:OWNED_BY]->(p)
}
CALL (n, a) {
  UNWIND a.themes AS themeId
  MATCH (t:Theme {id: themeId})
  CREATE (n)-[:ABOUT_THEME]->(t)
}
RETURN count(n) AS count
