// Bench only: documents generated for the scaled graph, and the others (ingested from files).
MATCH (d:Document)
RETURN count(CASE WHEN d.source STARTS WITH $generatedPrefix THEN 1 END) AS generated,
       count(CASE WHEN d.source STARTS WITH $generatedPrefix THEN null ELSE 1 END) AS ingested
