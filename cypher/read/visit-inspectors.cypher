// Each visit's inspectors, the lead first.
UNWIND $ids AS parentId
MATCH (i:Inspector)-[r:INSPECTED]->(:Visit {id: parentId})
WITH parentId, i, r ORDER BY r.lead DESC, i.name
RETURN parentId, collect({inspector: i {.*}, lead: r.lead}) AS items
