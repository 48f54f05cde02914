// Uniqueness constraints on every key. Community Edition has no existence or key constraints:
// required properties are enforced in code (the zod record schema) before anything is written.
CREATE CONSTRAINT authority_id IF NOT EXISTS FOR (n:Authority) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT visit_id IF NOT EXISTS FOR (n:Visit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT inspector_id IF NOT EXISTS FOR (n:Inspector) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT service_id IF NOT EXISTS FOR (n:Service) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT service_kind_id IF NOT EXISTS FOR (n:ServiceKind) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT finding_id IF NOT EXISTS FOR (n:Finding) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT recommendation_id IF NOT EXISTS FOR (n:Recommendation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT judgement_id IF NOT EXISTS FOR (n:Judgement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT action_id IF NOT EXISTS FOR (n:Action) REQUIRE n.id IS UNIQUE;
