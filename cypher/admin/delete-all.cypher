// Empties the database in batches (tests and `db reset` only); constraints and indexes stay.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
