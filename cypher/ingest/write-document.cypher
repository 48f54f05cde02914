// One document and everything extracted from it, in one statement: the document, its authority and the
// visit it describes (merged on the visit key, so that every document about one visit joins the same
// node; the document's own view of the visit is kept on DESCRIBES), inspectors and the people it names,
// judgements, services and their stated relations, recommendations, findings and a council's actions.
// Each part is a CALL subquery over its own list, so one part's rows never multiply another's; services
// come before the findings and recommendations that mention them, recommendations before the actions that
// address them. The visit's properties and the authority's chains (FOLLOWS, REPEATS) are derived
// afterwards, once per authority per batch: `relinkPending` marks the authority until then.
// The lists come inside one map, `$parts`: Neo4j keys its plan cache on the size (by powers of ten) of each
// top-level list parameter, so eight lists of their own made one plan per mix of sizes, each costing
// about a second of planning; a map has one type whatever it holds. `replan=skip`: every lookup here is by
// a unique id or a bound node, so the plan is the same on an empty graph as on a full one (checked with
// EXPLAIN), and replanning it as the statistics grow during an ingest is wasted.
CYPHER replan=skip
MERGE (a:Authority {id: $authority.id})
SET a.name = $authority.name, a.relinkPending = true
MERGE (v:Visit {id: $visitId})
// A new visit takes this document's view until the relink derives it from all of them: until then (a batch
// can run for minutes) it is read like any other visit, never as one without a type or dates.
ON CREATE SET v.type = $claim.type, v.startDate = $claim.startDate, v.endDate = $claim.endDate,
    v.periodStarts = $claim.periodStarts, v.periodEnds = $claim.periodEnds, v.framework = $claim.framework,
    v.focusAreas = $claim.focusAreas, v.sequenceNumber = $claim.sequenceNumber,
    v.previousGrade = $claim.previousGrade, v.previousDate = $claim.previousDate
SET v.authorityId = $authority.id
MERGE (v)-[:OF_AUTHORITY]->(a)
CREATE (d:Document {id: $document.id})
SET d += $document, d.authorityId = $authority.id, d.visitId = $visitId, d.extractorVersion = $extractorVersion,
    d.ingestedAt = datetime()
CREATE (d)-[c:DESCRIBES]->(v)
SET c += $claim
// When this document speaks, to order what documents say of one inspector or service: its visit's start
// date, then its id.
WITH a, v, d, coalesce($claim.startDate, '') + ' ' + d.id AS said
// Inspectors on the visit (lead or not); `sources` on INSPECTED lists the documents that say so. A name
// spelt two ways ('McLaughlin', 'Mclaughlin') is spelt as the latest document spells it, by its visit's
// start date then its id (`nameSaid`), so the same documents give the same names in any order.
CALL (d, v, said) {
  UNWIND $parts.inspectors AS i
  MERGE (p:Inspector {id: i.id})
  WITH d, v, i, p, said, coalesce(p.nameSaid, '') <= said AS latest
  SET p.name = CASE WHEN latest THEN i.name ELSE p.name END,
      p.nameSaid = CASE WHEN latest THEN said ELSE p.nameSaid END
  MERGE (p)-[r:INSPECTED]->(v)
  SET r.lead = coalesce(r.lead, false) OR i.lead,
      r.sources = CASE WHEN d.id IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + d.id END
}
// The people the document names: the DCS it is addressed to and its author.
CALL (d) {
  UNWIND $parts.people AS person
  MERGE (p:Person {id: person.id})
  ON CREATE SET p.name = person.name
  SET p.title = coalesce(person.title, p.title)
  WITH d, p, person
  CALL (d, p, person) {
    WITH d, p, person WHERE person.role = 'DCS'
    MERGE (d)-[:ADDRESSED_TO]->(p)
  }
  CALL (d, p, person) {
    WITH d, p, person WHERE person.role = 'AUTHOR'
    MERGE (d)-[:AUTHORED_BY]->(p)
  }
}
// The visit's judgements, one per area; `sources` lists the documents that state them.
CALL (d, v) {
  UNWIND $parts.judgements AS j
  MERGE (n:Judgement {id: v.id + '/' + j.area})
  SET n.area = j.area, n.visitId = v.id, n.grade = j.grade,
      n.sources = CASE WHEN d.id IN coalesce(n.sources, []) THEN n.sources ELSE coalesce(n.sources, []) + d.id END
  MERGE (v)-[:HAS_JUDGEMENT]->(n)
}
// Services the document names, each belonging to the authority and of a kind shared across authorities.
// Aliases accumulate across documents, kept sorted. Where documents name a service differently ('Awaken
// team', 'multi-agency Awaken Team') or of different kinds, its name and kind, full name and acronym are the
// latest document's that gives one, by its visit's start date then its id (`nameSaid` and the like), so the
// same documents give the same service in any order.
CALL (d, a, said) {
  UNWIND $parts.services AS s
  MERGE (k:ServiceKind {id: s.kind})
  SET k.name = s.kindName
  MERGE (n:Service {id: s.id})
  WITH d, a, k, n, s, said,
       coalesce(n.nameSaid, '') <= said AS latestName,
       s.acronym IS NOT NULL AND coalesce(n.acronymSaid, '') <= said AS latestAcronym,
       s.fullName IS NOT NULL AND coalesce(n.fullNameSaid, '') <= said AS latestFullName
  SET n.authorityId = a.id,
      n.kindId = CASE WHEN latestName THEN k.id ELSE n.kindId END,
      n.kindName = CASE WHEN latestName THEN k.name ELSE n.kindName END,
      n.name = CASE WHEN latestName THEN s.name ELSE n.name END,
      n.nameSaid = CASE WHEN latestName THEN said ELSE n.nameSaid END,
      n.acronym = CASE WHEN latestAcronym THEN s.acronym ELSE n.acronym END,
      n.acronymSaid = CASE WHEN latestAcronym THEN said ELSE n.acronymSaid END,
      n.fullName = CASE WHEN latestFullName THEN s.fullName ELSE n.fullName END,
      n.fullNameSaid = CASE WHEN latestFullName THEN said ELSE n.fullNameSaid END
  WITH d, a, k, n, s
  CALL (n, s) {
    UNWIND coalesce(n.aliases, []) + s.aliases AS alias
    WITH DISTINCT alias ORDER BY alias
    RETURN collect(alias) AS aliases
  }
  SET n.aliases = aliases
  MERGE (n)-[:OF_AUTHORITY]->(a)
  MERGE (n)-[:OF_KIND]->(k)
  MERGE (d)-[:NAMES]->(n)
}
// Relations between services that the text states: one replaced another, one is based in another.
CALL (d) {
  UNWIND $parts.relations AS rel
  MATCH (from:Service {id: rel.from}), (to:Service {id: rel.to})
  CALL (d, rel, from, to) {
    WITH d, rel, from, to WHERE rel.type = 'REPLACED'
    MERGE (from)-[r:REPLACED]->(to)
    SET r.sources = CASE WHEN d.id IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + d.id END
  }
  CALL (d, rel, from, to) {
    WITH d, rel, from, to WHERE rel.type = 'BASED_IN'
    MERGE (from)-[r:BASED_IN]->(to)
    SET r.sources = CASE WHEN d.id IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + d.id END
  }
}
// Recommendations, on the visit, with their themes and the services they mention.
CALL (d, v) {
  UNWIND $parts.recommendations AS r
  CREATE (n:Recommendation)
  SET n = r.props, n.documentId = d.id, n.visitId = v.id
  CREATE (v)-[:HAS_RECOMMENDATION]->(n)
  CREATE (n)-[:FROM_DOCUMENT]->(d)
  WITH n, r
  CALL (n, r) {
    UNWIND r.themes AS themeId
    MATCH (t:Theme {id: themeId})
    CREATE (n)-[:ABOUT_THEME]->(t)
  }
  CALL (n, r) {
    UNWIND r.services AS serviceId
    MATCH (s:Service {id: serviceId})
    CREATE (n)-[:MENTIONS]->(s)
  }
}
// Findings, on the visit, with their themes and the services they mention.
CALL (d, v) {
  UNWIND $parts.findings AS r
  CREATE (n:Finding)
  SET n = r.props, n.documentId = d.id, n.visitId = v.id
  CREATE (v)-[:HAS_FINDING]->(n)
  CREATE (n)-[:FROM_DOCUMENT]->(d)
  WITH n, r
  CALL (n, r) {
    UNWIND r.themes AS themeId
    MATCH (t:Theme {id: themeId})
    CREATE (n)-[:ABOUT_THEME]->(t)
  }
  CALL (n, r) {
    UNWIND r.services AS serviceId
    MATCH (s:Service {id: serviceId})
    CREATE (n)-[:MENTIONS]->(s)
  }
}
// A council's improvement actions: each addresses one of the document's recommendations (areas for
// improvement) and may have an owner.
CALL (d, v) {
  UNWIND $parts.actions AS x
  CREATE (n:Action)
  SET n = x.props, n.documentId = d.id, n.visitId = v.id
  CREATE (n)-[:FROM_DOCUMENT]->(d)
  WITH n, x
  CALL (n, x) {
    MATCH (r:Recommendation {id: x.addresses})
    CREATE (n)-[:ADDRESSES]->(r)
  }
  CALL (n, x) {
    WITH n, x WHERE x.owner IS NOT NULL
    MERGE (p:Person {id: x.owner.id})
    ON CREATE SET p.name = x.owner.name
    CREATE (n)-[:OWNED_BY]->(p)
  }
  CALL (n, x) {
    UNWIND x.themes AS themeId
    MATCH (t:Theme {id: themeId})
    CREATE (n)-[:ABOUT_THEME]->(t)
  }
}
RETURN d.id AS id
