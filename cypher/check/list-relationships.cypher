// Every relationship as its type, properties and the keys of its two ends (each node's id, or its labels
// for a node without one): what `npm run check:graph` digests.
MATCH (a)-[r]->(b)
RETURN type(r) AS type, properties(r) AS props,
       coalesce(a.id, reduce(s = '', l IN labels(a) | s + ':' + l)) AS from,
       coalesce(b.id, reduce(s = '', l IN labels(b) | s + ':' + l)) AS to
