// Full-text search over findings and recommendations, best first.
CALL db.index.fulltext.queryNodes('evidence_text', $query, {limit: $limit}) YIELD node, score
RETURN CASE WHEN node:Finding THEN 'FINDING' ELSE 'RECOMMENDATION' END AS kind, node {.*} AS node, score
ORDER BY score DESC
