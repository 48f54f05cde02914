// Empties Neo4j's query caches and says how many plans they held (tests: how many plans a statement made).
CALL db.clearQueryCaches() YIELD value
RETURN value
