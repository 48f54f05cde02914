// Full-text search over what inspectors wrote: findings and recommendations.
CREATE FULLTEXT INDEX evidence_text IF NOT EXISTS FOR (n:Finding|Recommendation) ON EACH [n.text];
