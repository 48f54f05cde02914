// Authority nodes by id, for the per-request loaders (missing ids simply return no row).
UNWIND $ids AS id
MATCH (n:Authority {id: id})
RETURN n {.*} AS node
