// What each person is linked to: letters addressed to them, documents they wrote, actions they own.
UNWIND $ids AS parentId
MATCH (p:Person {id: parentId})
RETURN parentId,
  [(d:Document)-[:ADDRESSED_TO]->(p) | d {.*, text: null, recordJson: null}] AS addressedIn,
  [(d:Document)-[:AUTHORED_BY]->(p) | d {.*, text: null, recordJson: null}] AS authored,
  [(a:Action)-[:OWNED_BY]->(p) | a {.*}] AS actionsOwned
