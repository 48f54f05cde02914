// Answers at once when the database is up: the health check and the fail-fast probe.
RETURN 1 AS ok
