// The document's recommendations, on its visit, with their themes and the services they mention.
MATCH (d:Document {id: $documentId})-[:DESCRIBES]->(v:Visit)
UNWIND $recommendations AS r
CREATE (n:Recommendation)
SET n = r.props, n.documentId = d.id, n.visitId = v.id
CREATE (v)-[:HAS_RECOMMENDATION]->(n)
CREATE (n)-[:FROM_DOCUMENT]->(d)
WITH n, r
CALL (n, r) {
  UNWIND r.themes AS themeId
  MATCH (t:Theme {id: themeId})
  CREATE (n)-[:ABOUT_THEME]->(t)
}
CALL (n, r) {
  UNWIND r.services AS serviceId
  MATCH (s:Service {id: serviceId})
  CREATE (n)-[:MENTIONS]->(s)
}
RETURN count(n) AS count
