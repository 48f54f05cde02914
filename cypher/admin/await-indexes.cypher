// Blocks until every index is online (after schema changes), at most 300 seconds.
CALL db.awaitIndexes(300)
