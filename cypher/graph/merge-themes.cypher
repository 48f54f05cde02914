// The practice-theme taxonomy: one Theme node per curated theme, ids stable.
UNWIND $themes AS t
MERGE (n:Theme {id: t.id})
SET n.label = t.label, n.description = t.description
RETURN count(n) AS count
