// An authority's chain of visits, oldest link first: which visit follows which.
MATCH (:Authority {id: $authorityId})<-[:OF_AUTHORITY]-(later:Visit)-[:FOLLOWS]->(earlier:Visit)
WITH later, earlier ORDER BY later.startDate
RETURN later.id AS later, earlier.id AS earlier
