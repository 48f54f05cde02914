// Each service's stated relations (what it replaced or was replaced by, where it is based, what it hosts)
// and the documents that name it.
UNWIND $ids AS parentId
MATCH (s:Service {id: parentId})
RETURN parentId,
  [(s)-[:REPLACED]->(x:Service) | x {.*}] AS replaced,
  [(s)<-[:REPLACED]-(x:Service) | x {.*}] AS replacedBy,
  [(s)-[:BASED_IN]->(x:Service) | x {.*}] AS basedIn,
  [(s)<-[:BASED_IN]-(x:Service) | x {.*}] AS hosts,
  [(d:Document)-[:NAMES]->(s) | d {.*, text: null, recordJson: null}] AS documents
