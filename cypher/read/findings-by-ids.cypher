// Finding nodes by id, for the per-request loaders (missing ids simply return no row).
UNWIND $ids AS id
MATCH (n:Finding {id: id})
RETURN n {.*} AS node
