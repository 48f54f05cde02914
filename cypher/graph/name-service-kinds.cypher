// Names each stored kind of service, and the copy of its name on its services, from the kinds vocabulary
// (a graph stored before kinds were named by it took the first service's name).
UNWIND $kinds AS kind
MATCH (k:ServiceKind {id: kind.id})
WHERE k.name <> kind.label
SET k.name = kind.label
WITH k
MATCH (k)<-[:OF_KIND]-(s:Service)
SET s.kindName = k.name
RETURN count(DISTINCT k) AS renamed
