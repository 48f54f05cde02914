// Every visit whose start date falls between $from and $to (partial dates, both inclusive: '2017' takes
// all of 2017; either may be null, and undated visits count only when neither is given), with the themes
// of each of its recommendations and of each of its weakness findings, for themeTrends to group and count.
MATCH (v:Visit)
WHERE ($from IS NULL OR left(v.startDate, size($from)) >= $from)
  AND ($to IS NULL OR left(v.startDate, size($to)) <= $to)
RETURN v.id AS visitId, v.authorityId AS authorityId, v.startDate AS startDate,
       COLLECT { MATCH (r:Recommendation {visitId: v.id}) RETURN coalesce(r.themeIds, []) } AS recommendationThemes,
       COLLECT {
         MATCH (f:Finding {visitId: v.id}) WHERE f.polarity = 'WEAKNESS' RETURN coalesce(f.themeIds, [])
       } AS weaknessThemes
ORDER BY v.startDate, v.id
