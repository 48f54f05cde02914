// Bench only: improvement actions of generated documents, each addressing a recommendation of its document.
UNWIND $actions AS props
MATCH (d:Document {id: props.documentId})
CREATE (n:Action)
SET n = props
CREATE (n)-[:FROM_DOCUMENT]->(d)
WITH n
CALL (n) {
  MATCH (r:Recommendation {id: n.addressesId})
  CREATE (n)-[:ADDRESSES]->(r)
}
CALL (n) {
  UNWIND n.themeIds AS themeId
  MATCH (t:Theme {id: themeId})
  CREATE (n)-[:ABOUT_THEME]->(t)
}
RETURN count(n) AS count
