// A passage of a document's normalised text, by offsets.
MATCH (d:Document {id: $id})
RETURN substring(d.text, $start, $end - $start) AS text
