// The person each document is addressed to, and its author.
UNWIND $ids AS parentId
MATCH (d:Document {id: parentId})
OPTIONAL MATCH (d)-[:ADDRESSED_TO]->(addressedTo:Person)
OPTIONAL MATCH (d)-[:AUTHORED_BY]->(author:Person)
RETURN parentId, addressedTo {.*} AS addressedTo, author {.*} AS author
