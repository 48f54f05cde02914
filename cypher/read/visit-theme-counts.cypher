// Each visit's themes: how many of its findings (by polarity) and recommendations are about each. Counted
// here so that a page drawing an authority's themes over time reads counts, not every finding.
UNWIND $ids AS parentId
CALL (parentId) {
  MATCH (f:Finding {visitId: parentId})
  UNWIND f.themeIds AS themeId
  RETURN themeId, f.polarity AS polarity, 0 AS recommendation
  UNION ALL
  MATCH (r:Recommendation {visitId: parentId})
  UNWIND r.themeIds AS themeId
  RETURN themeId, null AS polarity, 1 AS recommendation
}
WITH parentId, themeId,
  sum(CASE polarity WHEN 'STRENGTH' THEN 1 ELSE 0 END) AS strengths,
  sum(CASE polarity WHEN 'WEAKNESS' THEN 1 ELSE 0 END) AS weaknesses,
  sum(CASE polarity WHEN 'MIXED' THEN 1 ELSE 0 END) AS mixed,
  sum(CASE polarity WHEN 'NEUTRAL' THEN 1 ELSE 0 END) AS neutral,
  sum(recommendation) AS recommendations
WITH parentId, themeId, strengths, weaknesses, mixed, neutral, recommendations ORDER BY themeId
RETURN parentId,
  collect({themeId: themeId, strengths: strengths, weaknesses: weaknesses, mixed: mixed, neutral: neutral,
           recommendations: recommendations}) AS items
