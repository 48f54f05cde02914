// Node counts per label and the relationship count: what `stats` and the ingest tests read.
CALL () {
  MATCH (n)
  UNWIND labels(n) AS label
  RETURN label, count(*) AS count
}
WITH collect({label: label, count: count}) AS nodes
CALL () {
  MATCH ()-[r]->()
  RETURN count(r) AS relationships
}
RETURN nodes, relationships
