// Action nodes by id, for the per-request loaders (missing ids simply return no row).
UNWIND $ids AS id
MATCH (n:Action {id: id})
RETURN n {.*} AS node
