// Removes a document and everything that only it supported: its findings, recommendations and actions,
// and its claims on shared relationships and judgements. Shared nodes left without support are removed
// by graph/delete-orphans. Returns the visits and authority it touched, for the follow-up refresh.
MATCH (d:Document {id: $documentId})
// The authority is written first, as writing a document does, so that its write lock is held from the
// start: a concurrent write of the same authority's documents waits for this removal and its relink
// instead of relinking from a graph half-way through it.
CALL (d) {
  OPTIONAL MATCH (a:Authority {id: d.authorityId})
  SET a.relinkPending = true
}
OPTIONAL MATCH (d)-[:DESCRIBES]->(v:Visit)
WITH d, collect(DISTINCT v.id) AS visitIds
CALL (d) {
  MATCH (x:Finding|Recommendation|Action {documentId: d.id})
  DETACH DELETE x
}
CALL (d) {
  MATCH ()-[r:INSPECTED|REPLACED|BASED_IN]->()
  WHERE d.id IN r.sources
  SET r.sources = [s IN r.sources WHERE s <> d.id]
  WITH r WHERE size(r.sources) = 0
  DELETE r
}
CALL (d) {
  MATCH (j:Judgement)
  WHERE d.id IN j.sources
  SET j.sources = [s IN j.sources WHERE s <> d.id]
  WITH j WHERE size(j.sources) = 0
  DETACH DELETE j
}
WITH d, visitIds, d.authorityId AS authorityId
DETACH DELETE d
RETURN visitIds, authorityId
