// Document nodes by id, for the per-request loaders; the full text stays in the database.
UNWIND $ids AS id
MATCH (n:Document {id: id})
RETURN n {.*, text: null} AS node
