// Bench only: findings of generated documents, on their visits, with their themes and services.
UNWIND $findings AS props
MATCH (v:Visit {id: props.visitId})
MATCH (d:Document {id: props.documentId})
CREATE (n:Finding)
SET n = props
CREATE (v)-[:HAS_FINDING]->(n)
CREATE (n)-[:FROM_DOCUMENT]->(d)
WITH n
CALL (n) {
  UNWIND n.themeIds AS themeId
  MATCH (t:Theme {id: themeId})
  CREATE (n)-[:ABOUT_THEME]->(t)
}
CALL (n) {
  UNWIND n.serviceIds AS serviceId
  MATCH (s:Service {id: serviceId})
  CREATE (n)-[:MENTIONS]->(s)
}
RETURN count(n) AS count
