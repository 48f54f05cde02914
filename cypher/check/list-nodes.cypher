// Every node with its labels and properties, but not when it was ingested: what `npm run check:graph`
// digests to show that two graphs built from the same documents store the same thing.
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS props
