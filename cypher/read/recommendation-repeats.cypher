// For each recommendation, the earlier ones it repeats and the later ones that repeat it, most relevant first.
UNWIND $ids AS parentId
MATCH (r:Recommendation {id: parentId})
CALL (r) {
  OPTIONAL MATCH (r)-[x:REPEATS]->(earlier:Recommendation)
  WITH earlier, x ORDER BY x.relevance DESC
  RETURN collect(earlier {.*}) AS repeats
}
CALL (r) {
  OPTIONAL MATCH (r)<-[x:REPEATS]-(later:Recommendation)
  WITH later, x ORDER BY x.relevance DESC
  RETURN collect(later {.*}) AS repeatedBy
}
RETURN parentId, repeats, repeatedBy
