// Range indexes for the filters and sort orders the API offers.
CREATE INDEX visit_start_date IF NOT EXISTS FOR (n:Visit) ON (n.startDate);
CREATE INDEX visit_type IF NOT EXISTS FOR (n:Visit) ON (n.type);
CREATE INDEX document_kind IF NOT EXISTS FOR (n:Document) ON (n.kind);
CREATE INDEX finding_polarity IF NOT EXISTS FOR (n:Finding) ON (n.polarity);
CREATE INDEX finding_document IF NOT EXISTS FOR (n:Finding) ON (n.documentId);
CREATE INDEX recommendation_document IF NOT EXISTS FOR (n:Recommendation) ON (n.documentId);
CREATE INDEX action_document IF NOT EXISTS FOR (n:Action) ON (n.documentId);
CREATE INDEX service_name IF NOT EXISTS FOR (n:Service) ON (n.name);
CREATE INDEX authority_name IF NOT EXISTS FOR (n:Authority) ON (n.name);
