// Removes shared nodes that no document supports any more: visits no document describes (with their
// judgements), services no document names, people and inspectors linked to nothing, authorities with
// no visit and no service, and service kinds with no service.
CALL () {
  MATCH (v:Visit) WHERE NOT (v)<-[:DESCRIBES]-(:Document)
  OPTIONAL MATCH (v)-[:HAS_JUDGEMENT]->(j:Judgement)
  DETACH DELETE j, v
}
CALL () {
  MATCH (s:Service) WHERE NOT (s)<-[:NAMES]-(:Document)
  DETACH DELETE s
}
CALL () {
  MATCH (p:Person|Inspector) WHERE NOT (p)--()
  DELETE p
}
CALL () {
  MATCH (a:Authority) WHERE NOT (a)--()
  DELETE a
}
CALL () {
  MATCH (k:ServiceKind) WHERE NOT (k)--()
  DELETE k
}
RETURN true AS done
