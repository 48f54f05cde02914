// Document nodes by id, for the per-request loaders; the full text and the stored record stay in the database.
UNWIND $ids AS id
MATCH (n:Document {id: id})
RETURN n {.*, text: null, recordJson: null} AS node
