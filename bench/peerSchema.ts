import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";

/**
 * Type definitions for `@neo4j/graphql` equivalent to our model over the same graph: the same labels,
 * properties and relationships (Authority, Visit, Document, Finding, Recommendation, Action, Service,
 * ServiceKind, Theme, Judgement), read-only (no generated mutations). It generates the whole API from these.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  enum Polarity {
    STRENGTH
    WEAKNESS
    MIXED
    NEUTRAL
  }

  type Authority @node @mutation(operations: []) {
    id: ID!
    name: String!
    visits: [Visit!]! @relationship(type: "OF_AUTHORITY", direction: IN)
    services: [Service!]! @relationship(type: "OF_AUTHORITY", direction: IN)
  }

  type Visit @node @mutation(operations: []) {
    id: ID!
    authorityId: String!
    type: String!
    startDate: String
    endDate: String
    framework: String
    authority: [Authority!]! @relationship(type: "OF_AUTHORITY", direction: OUT)
    documents: [Document!]! @relationship(type: "DESCRIBES", direction: IN)
    judgements: [Judgement!]! @relationship(type: "HAS_JUDGEMENT", direction: OUT)
    findings: [Finding!]! @relationship(type: "HAS_FINDING", direction: OUT)
    recommendations: [Recommendation!]! @relationship(type: "HAS_RECOMMENDATION", direction: OUT)
    previousVisit: [Visit!]! @relationship(type: "FOLLOWS", direction: OUT)
    nextVisit: [Visit!]! @relationship(type: "FOLLOWS", direction: IN)
  }

  type Document @node @mutation(operations: []) {
    id: ID!
    kind: String!
    title: String!
    date: String
    source: String!
    pageCount: Int
    visit: [Visit!]! @relationship(type: "DESCRIBES", direction: OUT)
  }

  type Judgement @node @mutation(operations: []) {
    id: ID!
    area: String!
    grade: String!
  }

  type Finding @node @mutation(operations: []) {
    id: ID!
    text: String!
    section: String
    polarity: Polarity!
    ordinal: Int!
    documentId: String!
    start: Int!
    end: Int!
    page: Int
    visit: [Visit!]! @relationship(type: "HAS_FINDING", direction: IN)
    document: [Document!]! @relationship(type: "FROM_DOCUMENT", direction: OUT)
    themes: [Theme!]! @relationship(type: "ABOUT_THEME", direction: OUT)
    services: [Service!]! @relationship(type: "MENTIONS", direction: OUT)
  }

  type Recommendation @node @mutation(operations: []) {
    id: ID!
    ordinal: Int!
    text: String!
    documentId: String!
    visit: [Visit!]! @relationship(type: "HAS_RECOMMENDATION", direction: IN)
    document: [Document!]! @relationship(type: "FROM_DOCUMENT", direction: OUT)
    themes: [Theme!]! @relationship(type: "ABOUT_THEME", direction: OUT)
    services: [Service!]! @relationship(type: "MENTIONS", direction: OUT)
    actions: [Action!]! @relationship(type: "ADDRESSES", direction: IN)
  }

  type Action @node @mutation(operations: []) {
    id: ID!
    reference: String!
    text: String!
    dueDate: String
    progress: String
    addresses: [Recommendation!]! @relationship(type: "ADDRESSES", direction: OUT)
    themes: [Theme!]! @relationship(type: "ABOUT_THEME", direction: OUT)
  }

  type Service @node @mutation(operations: []) {
    id: ID!
    name: String!
    acronym: String
    fullName: String
    authorityId: String!
    authority: [Authority!]! @relationship(type: "OF_AUTHORITY", direction: OUT)
    kind: [ServiceKind!]! @relationship(type: "OF_KIND", direction: OUT)
    findings: [Finding!]! @relationship(type: "MENTIONS", direction: IN)
  }

  type ServiceKind @node @mutation(operations: []) {
    id: ID!
    name: String!
    services: [Service!]! @relationship(type: "OF_KIND", direction: IN)
  }

  type Theme @node @mutation(operations: []) {
    id: ID!
    label: String!
    description: String!
    findings: [Finding!]! @relationship(type: "ABOUT_THEME", direction: IN)
    recommendations: [Recommendation!]! @relationship(type: "ABOUT_THEME", direction: IN)
  }
`;

/**
 * The peer's executable schema over `driver` (its resolvers run the Cypher it generates). String range
 * filters are switched on so that "visits after this date" can be asked; deprecated fields are left out.
 */
export function createPeerSchema(driver: Driver): Promise<GraphQLSchema> {
  return new Neo4jGraphQL({
    typeDefs: PEER_TYPE_DEFS,
    driver,
    features: {
      filters: { String: { GT: true, GTE: true, LT: true, LTE: true } },
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
      },
    },
  }).getSchema();
}
