import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AuthorityRow, VisitRow, JudgementRow, InspectorRow, PersonRow, DocumentRow, FindingRow, RecommendationRow, ActionRow, ServiceRow, ServiceKindRow, ThemeRow, EvidenceRow } from '../../store/rows.ts';
import type { ReferenceEntry } from '../../store/reference/AuthorityReferenceIndex.ts';
import type { BenchmarkEntryValue } from '../compareWithNeighbours.ts';
import type { GraphQLContext } from '../GraphQLContext.ts';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A date as precise as the source gives it: `YYYY-MM-DD`, or `YYYY-MM` where only the month is known. As an
   * argument, `YYYY` (a whole year) is accepted too; any other value is refused.
   */
  PartialDate: { input: string; output: string; }
};

/** An action from a council's improvement plan. */
export type Action = {
  __typename?: 'Action';
  /** The recommendation (area for improvement) it addresses. */
  addresses?: Maybe<Recommendation>;
  dueDate?: Maybe<Scalars['PartialDate']['output']>;
  evidence: Evidence;
  id: Scalars['ID']['output'];
  owner?: Maybe<Person>;
  progress?: Maybe<Scalars['String']['output']>;
  /** The plan's own reference: `5.1`. */
  reference: Scalars['String']['output'];
  text: Scalars['String']['output'];
  themes: Array<Theme>;
  visit: Visit;
};

export type ActionConnection = {
  __typename?: 'ActionConnection';
  edges: Array<ActionEdge>;
  nodes: Array<Action>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActionEdge = {
  __typename?: 'ActionEdge';
  cursor: Scalars['String']['output'];
  node: Action;
};

export type ActionFilter = {
  authorityId?: InputMaybe<Scalars['ID']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  themeId?: InputMaybe<Scalars['ID']['input']>;
};

/** A local authority (council) whose children's services are inspected. */
export type Authority = {
  __typename?: 'Authority';
  /** The ONS population aged 0 to 25. */
  childPopulation?: Maybe<Scalars['Int']['output']>;
  /** The three-digit DfE code: `919`. */
  dfeCode?: Maybe<Scalars['String']['output']>;
  /** Stable id from the canonical name: `hertfordshire`. */
  id: Scalars['ID']['output'];
  /** The judgements of the latest visit that has any, by area. */
  latestJudgements: Array<Judgement>;
  name: Scalars['String']['output'];
  /** The ONS code: `E10000015`. */
  onsCode?: Maybe<Scalars['String']['output']>;
  /**
   * Every recommendation made to the authority (its visits oldest first, each visit's in document order), each
   * followed through the visits after its own exactly as `traceRecommendation` follows it. Read in one statement
   * however many there are: each later visit's passages are read once for all the recommendations before it.
   */
  recommendationTraces: Array<RecommendationTrace>;
  /** The authority's row of the reference data (data/reference/authorities.csv), when it has one. */
  reference?: Maybe<AuthorityReference>;
  region?: Maybe<Region>;
  services: ServiceConnection;
  /**
   * The statistical neighbours the graph holds, closest first. All ten, in the graph or not, are
   * `reference.statisticalNeighbours`.
   */
  statisticalNeighbours: Array<Authority>;
  /** County, Unitary Authority, Metropolitan District or London Borough. */
  type?: Maybe<Scalars['String']['output']>;
  /** Ofsted's unique reference number; null (like the other reference fields) when the authority has no reference row. */
  urn?: Maybe<Scalars['Int']['output']>;
  visits: VisitConnection;
};


/** A local authority (council) whose children's services are inspected. */
export type AuthorityServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A local authority (council) whose children's services are inspected. */
export type AuthorityVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VisitFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortDirection>;
};

export type AuthorityConnection = {
  __typename?: 'AuthorityConnection';
  edges: Array<AuthorityEdge>;
  nodes: Array<Authority>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuthorityEdge = {
  __typename?: 'AuthorityEdge';
  cursor: Scalars['String']['output'];
  node: Authority;
};

export type AuthorityFilter = {
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A local authority as the reference data knows it (compiled by a public ILACS scraper project from DfE and ONS
 * sources), whether or not the graph holds any of its inspections.
 */
export type AuthorityReference = {
  __typename?: 'AuthorityReference';
  /** The graph's authority, when the graph holds one. */
  authority?: Maybe<Authority>;
  childPopulation?: Maybe<Scalars['Int']['output']>;
  dfeCode: Scalars['String']['output'];
  /** The ONS name: `Bristol, City of`. */
  name: Scalars['String']['output'];
  onsCode: Scalars['String']['output'];
  /** Other and former names: `BCP`. */
  otherNames: Array<Scalars['String']['output']>;
  region?: Maybe<Region>;
  /** Its ten DfE statistical neighbours, closest first (none for an authority since reorganised away). */
  statisticalNeighbours: Array<AuthorityReference>;
  type?: Maybe<Scalars['String']['output']>;
  urn?: Maybe<Scalars['Int']['output']>;
};

/** One authority's evidence on a theme, beside its latest grade. */
export type BenchmarkEntry = {
  __typename?: 'BenchmarkEntry';
  authority: Authority;
  /** The overall effectiveness grade at the latest visit that judged it; null when no visit did. */
  latestGrade?: Maybe<Grade>;
  /** The visit that gave `latestGrade`. */
  latestGradeVisit?: Maybe<Visit>;
  /** The latest judged visit's judgements. */
  latestJudgements: Array<Judgement>;
  /** Its place among the compared authority's statistical neighbours, 1 the closest; null for the authority itself. */
  rank?: Maybe<Scalars['Int']['output']>;
  /** Per visit, oldest first, the strengths, weaknesses and recommendations on the theme (visits with none left out). */
  visits: Array<ThemeTimelineEntry>;
};

/** One stretch of days of a visit, its first and last day. */
export type DatePeriod = {
  __typename?: 'DatePeriod';
  end: Scalars['PartialDate']['output'];
  start: Scalars['PartialDate']['output'];
};

export type DeleteDocumentPayload = {
  __typename?: 'DeleteDocumentPayload';
  /** True when the document was stored and is now deleted; false when no document has that id. */
  deleted: Scalars['Boolean']['output'];
  /** The id asked for. */
  id: Scalars['ID']['output'];
};

/** One ingested document. */
export type Document = {
  __typename?: 'Document';
  actions: Array<Action>;
  /** The director of children's services a letter is addressed to. */
  addressedTo?: Maybe<Person>;
  /** A council report's author. */
  author?: Maybe<Person>;
  /** When it was written or published. */
  date?: Maybe<Scalars['PartialDate']['output']>;
  /** A passage of the normalised text, by offsets (at most 5,000 characters). */
  excerpt: Scalars['String']['output'];
  findings: FindingConnection;
  /** sha256 of the document's bytes. */
  id: Scalars['ID']['output'];
  kind: DocumentKind;
  pageCount?: Maybe<Scalars['Int']['output']>;
  recommendations: RecommendationConnection;
  services: Array<Service>;
  /** The path or name it was ingested from. */
  source: Scalars['String']['output'];
  /** Length of the normalised text that evidence offsets point into. */
  textLength: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  visit: Visit;
};


/** One ingested document. */
export type DocumentExcerptArgs = {
  end: Scalars['Int']['input'];
  start: Scalars['Int']['input'];
};


/** One ingested document. */
export type DocumentFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FindingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortDirection>;
};


/** One ingested document. */
export type DocumentRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RecommendationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortDirection>;
};

export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  edges: Array<DocumentEdge>;
  nodes: Array<Document>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  cursor: Scalars['String']['output'];
  node: Document;
};

export type DocumentFilter = {
  authorityId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<DocumentKind>;
};

export type DocumentKind =
  | 'COUNCIL_REPORT'
  | 'NEWS_ARTICLE'
  | 'OFSTED_LETTER'
  | 'OFSTED_REPORT';

/** What the text of a document cannot say, for `ingestDocument`. */
export type DocumentMetadataInput = {
  authorityName?: InputMaybe<Scalars['String']['input']>;
  documentDate?: InputMaybe<Scalars['PartialDate']['input']>;
  documentKind?: InputMaybe<DocumentKind>;
  title?: InputMaybe<Scalars['String']['input']>;
  visitEndDate?: InputMaybe<Scalars['PartialDate']['input']>;
  visitStartDate?: InputMaybe<Scalars['PartialDate']['input']>;
  visitType?: InputMaybe<VisitType>;
};

/** Where a piece of evidence stands: its document and its place in the document's normalised text. */
export type Evidence = {
  __typename?: 'Evidence';
  document: Document;
  /** Offset just past the last character. */
  end: Scalars['Int']['output'];
  /** PDF page number (null for plain-text documents). */
  page?: Maybe<Scalars['Int']['output']>;
  /** Offset of the first character in the document's normalised text. */
  start: Scalars['Int']['output'];
  /** The exact passage, as it stands in the document. */
  text: Scalars['String']['output'];
};

/** An inspector's evaluative sentence or short paragraph about practice. */
export type Finding = {
  __typename?: 'Finding';
  evidence: Evidence;
  id: Scalars['ID']['output'];
  polarity: Polarity;
  /** The heading it stands under. */
  section?: Maybe<Scalars['String']['output']>;
  services: Array<Service>;
  text: Scalars['String']['output'];
  themes: Array<Theme>;
  visit: Visit;
};

export type FindingConnection = {
  __typename?: 'FindingConnection';
  edges: Array<FindingEdge>;
  nodes: Array<Finding>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FindingEdge = {
  __typename?: 'FindingEdge';
  cursor: Scalars['String']['output'];
  node: Finding;
};

export type FindingFilter = {
  authorityId?: InputMaybe<Scalars['ID']['input']>;
  /** Findings of visits starting on or after this date. */
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  polarity?: InputMaybe<Polarity>;
  serviceId?: InputMaybe<Scalars['ID']['input']>;
  serviceKindId?: InputMaybe<Scalars['ID']['input']>;
  themeId?: InputMaybe<Scalars['ID']['input']>;
  /** Findings of visits starting on or before this date. */
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};

export type Grade =
  | 'GOOD'
  | 'INADEQUATE'
  | 'OUTSTANDING'
  | 'REQUIRES_IMPROVEMENT';

export type IngestDocumentInput = {
  /** A name for the document (its file name). */
  filename: Scalars['String']['input'];
  metadata?: InputMaybe<DocumentMetadataInput>;
  /** A PDF, base64-encoded (at most 20 MB decoded). */
  pdfBase64?: InputMaybe<Scalars['String']['input']>;
  /** Plain text of the document; give this or pdfBase64. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type IngestDocumentPayload = {
  __typename?: 'IngestDocumentPayload';
  document: Document;
  status: IngestStatus;
  visit: Visit;
};

export type IngestStatus =
  | 'INGESTED'
  | 'REPLACED'
  | 'UNCHANGED';

/** One of His/Her Majesty's Inspectors (HMI). */
export type Inspector = {
  __typename?: 'Inspector';
  /** Slug of the name: `nigel-parkes`. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  visits: InspectorVisitConnection;
};


/** One of His/Her Majesty's Inspectors (HMI). */
export type InspectorVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type InspectorConnection = {
  __typename?: 'InspectorConnection';
  edges: Array<InspectorEdge>;
  nodes: Array<Inspector>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InspectorEdge = {
  __typename?: 'InspectorEdge';
  cursor: Scalars['String']['output'];
  node: Inspector;
};

export type InspectorVisitConnection = {
  __typename?: 'InspectorVisitConnection';
  edges: Array<InspectorVisitEdge>;
  nodes: Array<Visit>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InspectorVisitEdge = {
  __typename?: 'InspectorVisitEdge';
  cursor: Scalars['String']['output'];
  lead: Scalars['Boolean']['output'];
  node: Visit;
};

/** An area's grade at a visit. */
export type Judgement = {
  __typename?: 'Judgement';
  /** IMPACT_OF_LEADERS, HELP_AND_PROTECTION, CHILDREN_IN_CARE, CARE_LEAVERS, CHILDREN_IN_CARE_AND_CARE_LEAVERS, OVERALL_EFFECTIVENESS, or a SIF_ area. */
  area: Scalars['String']['output'];
  grade: Grade;
  /** `<visit id>/<area>`. */
  id: Scalars['ID']['output'];
  visit: Visit;
};

export type JudgementConnection = {
  __typename?: 'JudgementConnection';
  edges: Array<JudgementEdge>;
  nodes: Array<Judgement>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type JudgementEdge = {
  __typename?: 'JudgementEdge';
  cursor: Scalars['String']['output'];
  node: Judgement;
};

export type JudgementFilter = {
  area?: InputMaybe<Scalars['String']['input']>;
  authorityId?: InputMaybe<Scalars['ID']['input']>;
  grade?: InputMaybe<Grade>;
};

export type LabelCount = {
  __typename?: 'LabelCount';
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Removes a document and what only it supported. Needs `Authorization: Bearer <API_KEY>`. */
  deleteDocument: DeleteDocumentPayload;
  /** Extracts and stores a document in one transaction. Needs `Authorization: Bearer <API_KEY>`. */
  ingestDocument: IngestDocumentPayload;
};


export type MutationDeleteDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationIngestDocumentArgs = {
  input: IngestDocumentInput;
};

export type NameFilter = {
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** An authority beside its statistical neighbours on one theme. */
export type NeighbourComparison = {
  __typename?: 'NeighbourComparison';
  /** Neighbours the graph holds no inspection of, closest first. */
  absentNeighbours: Array<AuthorityReference>;
  authority: BenchmarkEntry;
  /** Neighbours that improved on the theme at the visit after being recommended it. */
  improvements: Array<NeighbourImprovement>;
  /** Each neighbour the graph holds, closest first, whether or not it has evidence on the theme. */
  neighbours: Array<BenchmarkEntry>;
  theme: Theme;
};

/** A neighbour recommended the theme at one visit and found improved on it at the next. */
export type NeighbourImprovement = {
  __typename?: 'NeighbourImprovement';
  authority: Authority;
  /** The next visit, which found the area improved. */
  improvedAt: Visit;
  /** The trace's reason: '3 relevant strengths; 0 weaknesses; repeated: no.' */
  reason: Scalars['String']['output'];
  recommendation: Recommendation;
  /** The next visit's strengths on the recommendation's subject: what the improvement looks like. */
  strengths: Array<Finding>;
  /** The visit that made the recommendation. */
  visit: Visit;
};

/** Paging information of a connection (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Someone a document names who is not an inspector: a director of children's services, a report's author, an action's owner. */
export type Person = {
  __typename?: 'Person';
  /** Improvement actions they own. */
  actionsOwned: Array<Action>;
  /** Letters addressed to them. */
  addressedIn: Array<Document>;
  /** Documents they wrote. */
  authored: Array<Document>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type Polarity =
  | 'MIXED'
  | 'NEUTRAL'
  | 'STRENGTH'
  | 'WEAKNESS';

export type PreviousJudgement = {
  __typename?: 'PreviousJudgement';
  date?: Maybe<Scalars['PartialDate']['output']>;
  grade: Grade;
};

/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type Query = {
  __typename?: 'Query';
  action?: Maybe<Action>;
  actions: ActionConnection;
  authorities: AuthorityConnection;
  authority?: Maybe<Authority>;
  /**
   * The authority beside each of its statistical neighbours the graph holds, on one theme: per visit the
   * strengths, weaknesses and recommendations, each side's latest grade, and the neighbours that were
   * recommended the theme and improved at their next visit, with the strengths that show it. Null when the
   * authority or theme is unknown.
   */
  compareWithNeighbours?: Maybe<NeighbourComparison>;
  document?: Maybe<Document>;
  /** Sorted by date, newest first unless `order: ASC`. */
  documents: DocumentConnection;
  finding?: Maybe<Finding>;
  findings: FindingConnection;
  inspector?: Maybe<Inspector>;
  inspectors: InspectorConnection;
  judgement?: Maybe<Judgement>;
  judgements: JudgementConnection;
  people: PersonConnection;
  person?: Maybe<Person>;
  recommendation?: Maybe<Recommendation>;
  recommendations: RecommendationConnection;
  /**
   * Services (or kinds of service, across authorities) that inspectors' findings mention at `minVisits` visits or
   * more, with per-visit mentions and polarity. Grouped by KIND unless an authority is given.
   */
  recurringServices: Array<ServiceRecurrence>;
  /** Full-text search over findings and recommendations, best first. */
  search: Array<SearchHit>;
  service?: Maybe<Service>;
  serviceKind?: Maybe<ServiceKind>;
  serviceKinds: ServiceKindConnection;
  services: ServiceConnection;
  stats: Stats;
  theme?: Maybe<Theme>;
  /** Per visit of the authority, the strengths and weaknesses inspectors found on the theme. */
  themeTimeline?: Maybe<ThemeTimeline>;
  /**
   * Per group of visits starting between `from` and `to` (partial dates, inclusive), recommendations and weakness
   * findings per theme, normalised by the number of visits in the group.
   */
  themeTrends: Array<ThemeTrendGroup>;
  themes: ThemeConnection;
  /**
   * A recommendation, the council's actions on it and, for each later visit, the status a careful reader would
   * give the same specific area, with the passages that decide it, most relevant first.
   */
  traceRecommendation?: Maybe<RecommendationTrace>;
  /** The service's version. */
  version: Scalars['String']['output'];
  visit?: Maybe<Visit>;
  /** Sorted by start date. */
  visits: VisitConnection;
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryActionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortDirection>;
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryAuthoritiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuthorityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortDirection>;
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryAuthorityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryCompareWithNeighboursArgs = {
  authorityId: Scalars['ID']['input'];
  themeId: Scalars['ID']['input'];
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DocumentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortDirection>;
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryFindingArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FindingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortDirection>;
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryInspectorArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryInspectorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NameFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortDirection>;
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryJudgementArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryJudgementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JudgementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortDirection>;
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NameFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortDirection>;
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryRecommendationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RecommendationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortDirection>;
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryRecurringServicesArgs = {
  authorityId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  groupBy?: InputMaybe<RecurrenceGrouping>;
  minVisits?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryServiceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryServiceKindArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryServiceKindsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NameFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortDirection>;
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortDirection>;
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryThemeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryThemeTimelineArgs = {
  authorityId: Scalars['ID']['input'];
  themeId: Scalars['ID']['input'];
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryThemeTrendsArgs = {
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  groupBy: TrendGrouping;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryThemesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortDirection>;
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryTraceRecommendationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryVisitArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The practice-theme knowledge graph of Ofsted children's services inspections. Every type can be fetched by id
 * and listed; lists are Relay connections (`first` at most 100, `after` a cursor from a previous page).
 */
export type QueryVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VisitFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortDirection>;
};

/** An item of 'What needs to improve', 'Areas for development', 'Recommendations' or 'areas for improvement'. */
export type Recommendation = {
  __typename?: 'Recommendation';
  /** The council's actions that address it. */
  actions: Array<Action>;
  evidence: Evidence;
  id: Scalars['ID']['output'];
  /** Its place in the document's list, from 1. */
  ordinal: Scalars['Int']['output'];
  /** Recommendations of the next visit that made any that ask for this one again in substance. */
  repeatedBy: Array<Recommendation>;
  /** Recommendations of the previous visit that made any that this one asks for again in substance. */
  repeats: Array<Recommendation>;
  services: Array<Service>;
  text: Scalars['String']['output'];
  themes: Array<Theme>;
  visit: Visit;
};

export type RecommendationConnection = {
  __typename?: 'RecommendationConnection';
  edges: Array<RecommendationEdge>;
  nodes: Array<Recommendation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RecommendationEdge = {
  __typename?: 'RecommendationEdge';
  cursor: Scalars['String']['output'];
  node: Recommendation;
};

export type RecommendationFilter = {
  authorityId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  serviceId?: InputMaybe<Scalars['ID']['input']>;
  serviceKindId?: InputMaybe<Scalars['ID']['input']>;
  themeId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};

/** A recommendation followed through the authority's later visits. */
export type RecommendationTrace = {
  __typename?: 'RecommendationTrace';
  /** The council's actions addressing it, or addressing the same visit's recommendations on the same themes. */
  actions: Array<Action>;
  /** Each later visit to the same authority, oldest first. */
  followUps: Array<TraceFollowUp>;
  /** The status at the latest visit that covers the area (NOT_COVERED if none does). */
  overallStatus: TraceStatus;
  recommendation: Recommendation;
  /** The recommendation's themes (relevance rests on its own words; themes only support it). */
  themes: Array<Theme>;
  visit: Visit;
};

/** How recurrences are grouped. */
export type RecurrenceGrouping =
  /** Service kinds across authorities (every MASH). */
  | 'KIND'
  /** Each authority's own service (Hertfordshire's MASH). */
  | 'SERVICE';

/** An English region: `{ code: "E", name: "East of England" }`. */
export type Region = {
  __typename?: 'Region';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** A full-text match. */
export type SearchHit = {
  __typename?: 'SearchHit';
  evidence: Evidence;
  finding?: Maybe<Finding>;
  /** FINDING or RECOMMENDATION. */
  kind: Scalars['String']['output'];
  /** The matching passage with the matched words marked «like this». */
  passage: Scalars['String']['output'];
  recommendation?: Maybe<Recommendation>;
  score: Scalars['Float']['output'];
};

/** A named service or team of one authority: Hertfordshire's MASH, Herefordshire's Get Safe team. */
export type Service = {
  __typename?: 'Service';
  acronym?: Maybe<Scalars['String']['output']>;
  /** Other ways the documents name it. */
  aliases: Array<Scalars['String']['output']>;
  authority: Authority;
  /** Services this one is based in (Get Safe is based in the MASH). */
  basedIn: Array<Service>;
  documents: Array<Document>;
  findings: FindingConnection;
  fullName?: Maybe<Scalars['String']['output']>;
  /** Services based in this one. */
  hosts: Array<Service>;
  /** `<authority id>/<service>`: `herefordshire/get-safe`. */
  id: Scalars['ID']['output'];
  kind: ServiceKind;
  /** The acronym where there is one, else the full name. */
  name: Scalars['String']['output'];
  recommendations: RecommendationConnection;
  /** Services this one replaced (MACE replaced SEARCH). */
  replaced: Array<Service>;
  replacedBy: Array<Service>;
};


/** A named service or team of one authority: Hertfordshire's MASH, Herefordshire's Get Safe team. */
export type ServiceFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FindingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortDirection>;
};


/** A named service or team of one authority: Hertfordshire's MASH, Herefordshire's Get Safe team. */
export type ServiceRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RecommendationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortDirection>;
};

export type ServiceConnection = {
  __typename?: 'ServiceConnection';
  edges: Array<ServiceEdge>;
  nodes: Array<Service>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServiceEdge = {
  __typename?: 'ServiceEdge';
  cursor: Scalars['String']['output'];
  node: Service;
};

export type ServiceFilter = {
  authorityId?: InputMaybe<Scalars['ID']['input']>;
  kindId?: InputMaybe<Scalars['ID']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** A kind of service shared across authorities: every MASH is a MASH. */
export type ServiceKind = {
  __typename?: 'ServiceKind';
  /** The acronym readers know the kind by ('MASH'), where there is one. */
  acronym?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The kind's name, the same in every authority ('Multi-agency safeguarding hub'). */
  name: Scalars['String']['output'];
  services: ServiceConnection;
};


/** A kind of service shared across authorities: every MASH is a MASH. */
export type ServiceKindServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ServiceKindConnection = {
  __typename?: 'ServiceKindConnection';
  edges: Array<ServiceKindEdge>;
  nodes: Array<ServiceKind>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServiceKindEdge = {
  __typename?: 'ServiceKindEdge';
  cursor: Scalars['String']['output'];
  node: ServiceKind;
};

/** A service (or kind of service) that inspectors' findings mention at several visits. */
export type ServiceRecurrence = {
  __typename?: 'ServiceRecurrence';
  authorityCount: Scalars['Int']['output'];
  kind: ServiceKind;
  mixed: Scalars['Int']['output'];
  neutral: Scalars['Int']['output'];
  /** The service, when grouped by SERVICE. */
  service?: Maybe<Service>;
  strengths: Scalars['Int']['output'];
  visitCount: Scalars['Int']['output'];
  /** Per visit, oldest first: the findings that mention it. */
  visits: Array<ServiceVisitMentions>;
  weaknesses: Scalars['Int']['output'];
};

export type ServiceVisitMentions = {
  __typename?: 'ServiceVisitMentions';
  findings: Array<Finding>;
  /** STRENGTH, WEAKNESS or MIXED on balance at this visit (NEUTRAL when only neutral). */
  polarity: Polarity;
  strengths: Scalars['Int']['output'];
  visit: Visit;
  weaknesses: Scalars['Int']['output'];
};

/** Sort direction. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

/** How much the graph holds. */
export type Stats = {
  __typename?: 'Stats';
  authorities: Scalars['Int']['output'];
  documents: Scalars['Int']['output'];
  findings: Scalars['Int']['output'];
  nodes: Array<LabelCount>;
  recommendations: Scalars['Int']['output'];
  relationships: Scalars['Int']['output'];
  services: Scalars['Int']['output'];
  visits: Scalars['Int']['output'];
};

/** A practice theme of the curated taxonomy (supervision, thresholds, placement stability...). */
export type Theme = {
  __typename?: 'Theme';
  /** Council improvement actions on the theme. */
  actions: ActionConnection;
  description: Scalars['String']['output'];
  findings: FindingConnection;
  /** Stable id: `supervision`, `front-door`. */
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  recommendations: RecommendationConnection;
};


/** A practice theme of the curated taxonomy (supervision, thresholds, placement stability...). */
export type ThemeActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortDirection>;
};


/** A practice theme of the curated taxonomy (supervision, thresholds, placement stability...). */
export type ThemeFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FindingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortDirection>;
};


/** A practice theme of the curated taxonomy (supervision, thresholds, placement stability...). */
export type ThemeRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RecommendationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortDirection>;
};

export type ThemeConnection = {
  __typename?: 'ThemeConnection';
  edges: Array<ThemeEdge>;
  nodes: Array<Theme>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ThemeEdge = {
  __typename?: 'ThemeEdge';
  cursor: Scalars['String']['output'];
  node: Theme;
};

export type ThemeTimeline = {
  __typename?: 'ThemeTimeline';
  authority: Authority;
  /** Oldest visit first; visits with nothing on the theme are left out. */
  entries: Array<ThemeTimelineEntry>;
  theme: Theme;
};

/** One visit's evidence on a theme. */
export type ThemeTimelineEntry = {
  __typename?: 'ThemeTimelineEntry';
  mixed: Array<Finding>;
  recommendations: Array<Recommendation>;
  strengths: Array<Finding>;
  visit: Visit;
  weaknesses: Array<Finding>;
};

/** One theme's counts in a group of visits. */
export type ThemeTrend = {
  __typename?: 'ThemeTrend';
  recommendations: Scalars['Int']['output'];
  /** Recommendations on the theme per visit in the group. */
  recommendationsPerVisit: Scalars['Float']['output'];
  theme: Theme;
  weaknesses: Scalars['Int']['output'];
  /** Weakness findings on the theme per visit in the group. */
  weaknessesPerVisit: Scalars['Float']['output'];
};

/** A group of visits (a year, a framework era or a region) and what they hold per theme. */
export type ThemeTrendGroup = {
  __typename?: 'ThemeTrendGroup';
  /** `2019`, `SIF`, `East of England`; `UNDATED` or `UNKNOWN` when the date or region is missing. */
  key: Scalars['String']['output'];
  /** All the group's recommendations, with or without a theme. */
  recommendations: Scalars['Int']['output'];
  /** Themes with any count, most recommendations per visit first. A passage with two themes counts for both. */
  themes: Array<ThemeTrend>;
  visits: Scalars['Int']['output'];
  /** All the group's weakness findings, with or without a theme. */
  weaknesses: Scalars['Int']['output'];
};

/**
 * How far to rely on a follow-up's status, from how often careful readers agreed with follow-ups of the same
 * kind on labelled reports (the README's 'Evaluating' section gives the figures).
 */
export type TraceConfidence =
  /** Careful readers agreed most often (four times in five or more): IMPROVED with a good or outstanding later grade of the area, or with nothing against and a passage clearly on the subject; PERSISTS asked for again and criticised; NOT_COVERED with nothing on the subject. */
  | 'HIGH'
  /** Readers disagreed half the time or more: every MIXED, and any status resting on one passage. Read the evidence. */
  | 'LOW'
  /** Readers agreed about half the time or more: read the evidence before acting on it. */
  | 'MEDIUM';

/** A later passage on a recommendation's subject. */
export type TraceEvidence = {
  __typename?: 'TraceEvidence';
  /** Whether the status rests on it (the most relevant passages). */
  deciding: Scalars['Boolean']['output'];
  /** Where the passage stands in its document. */
  evidence: Evidence;
  /** The finding, when kind is FINDING. */
  finding?: Maybe<Finding>;
  /** FINDING or RECOMMENDATION. */
  kind: Scalars['String']['output'];
  /** The later recommendation, when kind is RECOMMENDATION. */
  recommendation?: Maybe<Recommendation>;
  /**
   * How closely the passage is on the recommendation's own subject, from 0 to 1: about the share of the
   * recommendation's distinctive words (weighted by rarity in the later visit) that it has. Passages under the
   * relevance threshold are not evidence (a later recommendation on the same central theme may repeat it on a
   * weaker match).
   */
  relevance: Scalars['Float']['output'];
  /** For a later recommendation: whether it asks for the same thing again. */
  repeats: Scalars['Boolean']['output'];
  /** Whether it shares one of the recommendation's themes. */
  sharesTheme: Scalars['Boolean']['output'];
};

/** What one later visit says about the recommendation, with the passages that show it. */
export type TraceFollowUp = {
  __typename?: 'TraceFollowUp';
  confidence: TraceConfidence;
  /** Ids of the passages the status rests on: the most relevant evidence. */
  decidedBy: Array<Scalars['String']['output']>;
  /** The later visit's findings and new recommendations on the same subject, most relevant first. */
  evidence: Array<TraceEvidence>;
  /**
   * One sentence a reader can check against the evidence: '3 relevant strengths; 0 weaknesses; repeated: no.'
   * It adds 'the most relevant is a strength' where that outweighed weaknesses less on the point, 'stating
   * progress or its absence' where a passage says so outright, and the later grade of the area where one applies.
   */
  reason: Scalars['String']['output'];
  /** The later visit's recommendations on the same subject. */
  recommendations: Array<Recommendation>;
  /** The later recommendations that ask for the same thing again (also linked by Recommendation.repeats). */
  repeatedBy: Array<Recommendation>;
  status: TraceStatus;
  /** Relevant findings that praise the area. */
  strengths: Array<Finding>;
  visit: Visit;
  /** Relevant findings that criticise it, or praise and criticise it in one sentence. */
  weaknesses: Array<Finding>;
};

/** What a later visit says about the specific area of practice a recommendation names. */
export type TraceStatus =
  /** That area is now effective or clearly improved, with no material weakness left, and not recommended again. */
  | 'IMPROVED'
  /** Clear improvement and a material remaining weakness in that area. */
  | 'MIXED'
  /** The later visit says nothing specific on that area. */
  | 'NOT_COVERED'
  /** That area is still weak or inconsistent, or is recommended again in substance, with at most marginal improvement. */
  | 'PERSISTS';

/** How themeTrends groups visits. */
export type TrendGrouping =
  /** By framework era of the start date: PRE_SIF (before 2013), SIF (2013–2017), ILACS (2018 on), UNDATED. */
  | 'FRAMEWORK'
  /** By the region of the visit's authority (UNKNOWN when it has no reference row). */
  | 'REGION'
  /** By the year of the visit's start date (UNDATED without one). */
  | 'YEAR';

/** An inspection or visit to one authority; every document about it (letter, report, council paper, news) joins it. */
export type Visit = {
  __typename?: 'Visit';
  /** The council's improvement actions in response to this visit. */
  actions: Array<Action>;
  authority: Authority;
  documents: Array<Document>;
  /** The last day of the last period. */
  endDate?: Maybe<Scalars['PartialDate']['output']>;
  findings: FindingConnection;
  focusAreas: Array<Scalars['String']['output']>;
  /** ILACS, SIF, AUI (annual unannounced inspection) or JTAI. */
  framework?: Maybe<Scalars['String']['output']>;
  /** `<authority id>/<YYYY-MM of the start>`: `hertfordshire/2018-10`. */
  id: Scalars['ID']['output'];
  inspectors: Array<VisitInspector>;
  judgements: Array<Judgement>;
  /** The authority's visit after this one. */
  nextVisit?: Maybe<Visit>;
  /** The periods the visit was held in, in order: two for an inspection held in two parts, one otherwise, none when its dates are unknown. */
  periods: Array<DatePeriod>;
  /** The judgement a monitoring visit refers back to. */
  previousJudgement?: Maybe<PreviousJudgement>;
  /** The authority's visit before this one. */
  previousVisit?: Maybe<Visit>;
  recommendations: RecommendationConnection;
  /** A monitoring visit's number: 5 for the fifth. */
  sequenceNumber?: Maybe<Scalars['Int']['output']>;
  /** The first day of the first period. */
  startDate?: Maybe<Scalars['PartialDate']['output']>;
  /** The themes of the visit's findings and recommendations, with how many of each are about it, by theme label. */
  themeCounts: Array<VisitThemeCount>;
  type: VisitType;
};


/** An inspection or visit to one authority; every document about it (letter, report, council paper, news) joins it. */
export type VisitFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FindingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortDirection>;
};


/** An inspection or visit to one authority; every document about it (letter, report, council paper, news) joins it. */
export type VisitRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RecommendationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<SortDirection>;
};

export type VisitConnection = {
  __typename?: 'VisitConnection';
  edges: Array<VisitEdge>;
  nodes: Array<Visit>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type VisitEdge = {
  __typename?: 'VisitEdge';
  cursor: Scalars['String']['output'];
  node: Visit;
};

export type VisitFilter = {
  authorityId?: InputMaybe<Scalars['ID']['input']>;
  /** Visits starting on or after this date. */
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  /** Visits starting on or before this date. */
  to?: InputMaybe<Scalars['PartialDate']['input']>;
  type?: InputMaybe<VisitType>;
};

/** An inspector on a visit. */
export type VisitInspector = {
  __typename?: 'VisitInspector';
  inspector: Inspector;
  lead: Scalars['Boolean']['output'];
};

/** How many of a visit's findings, by polarity, and recommendations are about one theme. */
export type VisitThemeCount = {
  __typename?: 'VisitThemeCount';
  mixed: Scalars['Int']['output'];
  neutral: Scalars['Int']['output'];
  recommendations: Scalars['Int']['output'];
  strengths: Scalars['Int']['output'];
  theme: Theme;
  weaknesses: Scalars['Int']['output'];
};

export type VisitType =
  | 'ANNUAL_UNANNOUNCED_INSPECTION'
  | 'FOCUSED_VISIT'
  | 'JTAI'
  | 'MONITORING_VISIT'
  | 'OTHER'
  | 'SHORT_INSPECTION'
  | 'SIF_INSPECTION'
  | 'STANDARD_INSPECTION';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Action: ResolverTypeWrapper<ActionRow>;
  ActionConnection: ResolverTypeWrapper<Omit<ActionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ActionEdge']>, nodes: Array<ResolversTypes['Action']> }>;
  ActionEdge: ResolverTypeWrapper<Omit<ActionEdge, 'node'> & { node: ResolversTypes['Action'] }>;
  ActionFilter: ActionFilter;
  Authority: ResolverTypeWrapper<AuthorityRow>;
  AuthorityConnection: ResolverTypeWrapper<Omit<AuthorityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AuthorityEdge']>, nodes: Array<ResolversTypes['Authority']> }>;
  AuthorityEdge: ResolverTypeWrapper<Omit<AuthorityEdge, 'node'> & { node: ResolversTypes['Authority'] }>;
  AuthorityFilter: AuthorityFilter;
  AuthorityReference: ResolverTypeWrapper<ReferenceEntry>;
  BenchmarkEntry: ResolverTypeWrapper<BenchmarkEntryValue>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DatePeriod: ResolverTypeWrapper<DatePeriod>;
  DeleteDocumentPayload: ResolverTypeWrapper<DeleteDocumentPayload>;
  Document: ResolverTypeWrapper<DocumentRow>;
  DocumentConnection: ResolverTypeWrapper<Omit<DocumentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DocumentEdge']>, nodes: Array<ResolversTypes['Document']> }>;
  DocumentEdge: ResolverTypeWrapper<Omit<DocumentEdge, 'node'> & { node: ResolversTypes['Document'] }>;
  DocumentFilter: DocumentFilter;
  DocumentKind: DocumentKind;
  DocumentMetadataInput: DocumentMetadataInput;
  Evidence: ResolverTypeWrapper<EvidenceRow>;
  Finding: ResolverTypeWrapper<FindingRow>;
  FindingConnection: ResolverTypeWrapper<Omit<FindingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['FindingEdge']>, nodes: Array<ResolversTypes['Finding']> }>;
  FindingEdge: ResolverTypeWrapper<Omit<FindingEdge, 'node'> & { node: ResolversTypes['Finding'] }>;
  FindingFilter: FindingFilter;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Grade: Grade;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestDocumentInput: IngestDocumentInput;
  IngestDocumentPayload: ResolverTypeWrapper<Omit<IngestDocumentPayload, 'document' | 'visit'> & { document: ResolversTypes['Document'], visit: ResolversTypes['Visit'] }>;
  IngestStatus: IngestStatus;
  Inspector: ResolverTypeWrapper<InspectorRow>;
  InspectorConnection: ResolverTypeWrapper<Omit<InspectorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['InspectorEdge']>, nodes: Array<ResolversTypes['Inspector']> }>;
  InspectorEdge: ResolverTypeWrapper<Omit<InspectorEdge, 'node'> & { node: ResolversTypes['Inspector'] }>;
  InspectorVisitConnection: ResolverTypeWrapper<Omit<InspectorVisitConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['InspectorVisitEdge']>, nodes: Array<ResolversTypes['Visit']> }>;
  InspectorVisitEdge: ResolverTypeWrapper<Omit<InspectorVisitEdge, 'node'> & { node: ResolversTypes['Visit'] }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Judgement: ResolverTypeWrapper<JudgementRow>;
  JudgementConnection: ResolverTypeWrapper<Omit<JudgementConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['JudgementEdge']>, nodes: Array<ResolversTypes['Judgement']> }>;
  JudgementEdge: ResolverTypeWrapper<Omit<JudgementEdge, 'node'> & { node: ResolversTypes['Judgement'] }>;
  JudgementFilter: JudgementFilter;
  LabelCount: ResolverTypeWrapper<LabelCount>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NameFilter: NameFilter;
  NeighbourComparison: ResolverTypeWrapper<Omit<NeighbourComparison, 'absentNeighbours' | 'authority' | 'improvements' | 'neighbours' | 'theme'> & { absentNeighbours: Array<ResolversTypes['AuthorityReference']>, authority: ResolversTypes['BenchmarkEntry'], improvements: Array<ResolversTypes['NeighbourImprovement']>, neighbours: Array<ResolversTypes['BenchmarkEntry']>, theme: ResolversTypes['Theme'] }>;
  NeighbourImprovement: ResolverTypeWrapper<Omit<NeighbourImprovement, 'authority' | 'improvedAt' | 'recommendation' | 'strengths' | 'visit'> & { authority: ResolversTypes['Authority'], improvedAt: ResolversTypes['Visit'], recommendation: ResolversTypes['Recommendation'], strengths: Array<ResolversTypes['Finding']>, visit: ResolversTypes['Visit'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartialDate: ResolverTypeWrapper<Scalars['PartialDate']['output']>;
  Person: ResolverTypeWrapper<PersonRow>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PersonEdge']>, nodes: Array<ResolversTypes['Person']> }>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  Polarity: Polarity;
  PreviousJudgement: ResolverTypeWrapper<PreviousJudgement>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Recommendation: ResolverTypeWrapper<RecommendationRow>;
  RecommendationConnection: ResolverTypeWrapper<Omit<RecommendationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RecommendationEdge']>, nodes: Array<ResolversTypes['Recommendation']> }>;
  RecommendationEdge: ResolverTypeWrapper<Omit<RecommendationEdge, 'node'> & { node: ResolversTypes['Recommendation'] }>;
  RecommendationFilter: RecommendationFilter;
  RecommendationTrace: ResolverTypeWrapper<Omit<RecommendationTrace, 'actions' | 'followUps' | 'recommendation' | 'themes' | 'visit'> & { actions: Array<ResolversTypes['Action']>, followUps: Array<ResolversTypes['TraceFollowUp']>, recommendation: ResolversTypes['Recommendation'], themes: Array<ResolversTypes['Theme']>, visit: ResolversTypes['Visit'] }>;
  RecurrenceGrouping: RecurrenceGrouping;
  Region: ResolverTypeWrapper<Region>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'evidence' | 'finding' | 'recommendation'> & { evidence: ResolversTypes['Evidence'], finding?: Maybe<ResolversTypes['Finding']>, recommendation?: Maybe<ResolversTypes['Recommendation']> }>;
  Service: ResolverTypeWrapper<ServiceRow>;
  ServiceConnection: ResolverTypeWrapper<Omit<ServiceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ServiceEdge']>, nodes: Array<ResolversTypes['Service']> }>;
  ServiceEdge: ResolverTypeWrapper<Omit<ServiceEdge, 'node'> & { node: ResolversTypes['Service'] }>;
  ServiceFilter: ServiceFilter;
  ServiceKind: ResolverTypeWrapper<ServiceKindRow>;
  ServiceKindConnection: ResolverTypeWrapper<Omit<ServiceKindConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ServiceKindEdge']>, nodes: Array<ResolversTypes['ServiceKind']> }>;
  ServiceKindEdge: ResolverTypeWrapper<Omit<ServiceKindEdge, 'node'> & { node: ResolversTypes['ServiceKind'] }>;
  ServiceRecurrence: ResolverTypeWrapper<Omit<ServiceRecurrence, 'kind' | 'service' | 'visits'> & { kind: ResolversTypes['ServiceKind'], service?: Maybe<ResolversTypes['Service']>, visits: Array<ResolversTypes['ServiceVisitMentions']> }>;
  ServiceVisitMentions: ResolverTypeWrapper<Omit<ServiceVisitMentions, 'findings' | 'visit'> & { findings: Array<ResolversTypes['Finding']>, visit: ResolversTypes['Visit'] }>;
  SortDirection: SortDirection;
  Stats: ResolverTypeWrapper<Stats>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Theme: ResolverTypeWrapper<ThemeRow>;
  ThemeConnection: ResolverTypeWrapper<Omit<ThemeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ThemeEdge']>, nodes: Array<ResolversTypes['Theme']> }>;
  ThemeEdge: ResolverTypeWrapper<Omit<ThemeEdge, 'node'> & { node: ResolversTypes['Theme'] }>;
  ThemeTimeline: ResolverTypeWrapper<Omit<ThemeTimeline, 'authority' | 'entries' | 'theme'> & { authority: ResolversTypes['Authority'], entries: Array<ResolversTypes['ThemeTimelineEntry']>, theme: ResolversTypes['Theme'] }>;
  ThemeTimelineEntry: ResolverTypeWrapper<Omit<ThemeTimelineEntry, 'mixed' | 'recommendations' | 'strengths' | 'visit' | 'weaknesses'> & { mixed: Array<ResolversTypes['Finding']>, recommendations: Array<ResolversTypes['Recommendation']>, strengths: Array<ResolversTypes['Finding']>, visit: ResolversTypes['Visit'], weaknesses: Array<ResolversTypes['Finding']> }>;
  ThemeTrend: ResolverTypeWrapper<Omit<ThemeTrend, 'theme'> & { theme: ResolversTypes['Theme'] }>;
  ThemeTrendGroup: ResolverTypeWrapper<Omit<ThemeTrendGroup, 'themes'> & { themes: Array<ResolversTypes['ThemeTrend']> }>;
  TraceConfidence: TraceConfidence;
  TraceEvidence: ResolverTypeWrapper<Omit<TraceEvidence, 'evidence' | 'finding' | 'recommendation'> & { evidence: ResolversTypes['Evidence'], finding?: Maybe<ResolversTypes['Finding']>, recommendation?: Maybe<ResolversTypes['Recommendation']> }>;
  TraceFollowUp: ResolverTypeWrapper<Omit<TraceFollowUp, 'evidence' | 'recommendations' | 'repeatedBy' | 'strengths' | 'visit' | 'weaknesses'> & { evidence: Array<ResolversTypes['TraceEvidence']>, recommendations: Array<ResolversTypes['Recommendation']>, repeatedBy: Array<ResolversTypes['Recommendation']>, strengths: Array<ResolversTypes['Finding']>, visit: ResolversTypes['Visit'], weaknesses: Array<ResolversTypes['Finding']> }>;
  TraceStatus: TraceStatus;
  TrendGrouping: TrendGrouping;
  Visit: ResolverTypeWrapper<VisitRow>;
  VisitConnection: ResolverTypeWrapper<Omit<VisitConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['VisitEdge']>, nodes: Array<ResolversTypes['Visit']> }>;
  VisitEdge: ResolverTypeWrapper<Omit<VisitEdge, 'node'> & { node: ResolversTypes['Visit'] }>;
  VisitFilter: VisitFilter;
  VisitInspector: ResolverTypeWrapper<Omit<VisitInspector, 'inspector'> & { inspector: ResolversTypes['Inspector'] }>;
  VisitThemeCount: ResolverTypeWrapper<Omit<VisitThemeCount, 'theme'> & { theme: ResolversTypes['Theme'] }>;
  VisitType: VisitType;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Action: ActionRow;
  ActionConnection: Omit<ActionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ActionEdge']>, nodes: Array<ResolversParentTypes['Action']> };
  ActionEdge: Omit<ActionEdge, 'node'> & { node: ResolversParentTypes['Action'] };
  ActionFilter: ActionFilter;
  Authority: AuthorityRow;
  AuthorityConnection: Omit<AuthorityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AuthorityEdge']>, nodes: Array<ResolversParentTypes['Authority']> };
  AuthorityEdge: Omit<AuthorityEdge, 'node'> & { node: ResolversParentTypes['Authority'] };
  AuthorityFilter: AuthorityFilter;
  AuthorityReference: ReferenceEntry;
  BenchmarkEntry: BenchmarkEntryValue;
  Boolean: Scalars['Boolean']['output'];
  DatePeriod: DatePeriod;
  DeleteDocumentPayload: DeleteDocumentPayload;
  Document: DocumentRow;
  DocumentConnection: Omit<DocumentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DocumentEdge']>, nodes: Array<ResolversParentTypes['Document']> };
  DocumentEdge: Omit<DocumentEdge, 'node'> & { node: ResolversParentTypes['Document'] };
  DocumentFilter: DocumentFilter;
  DocumentMetadataInput: DocumentMetadataInput;
  Evidence: EvidenceRow;
  Finding: FindingRow;
  FindingConnection: Omit<FindingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['FindingEdge']>, nodes: Array<ResolversParentTypes['Finding']> };
  FindingEdge: Omit<FindingEdge, 'node'> & { node: ResolversParentTypes['Finding'] };
  FindingFilter: FindingFilter;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  IngestDocumentInput: IngestDocumentInput;
  IngestDocumentPayload: Omit<IngestDocumentPayload, 'document' | 'visit'> & { document: ResolversParentTypes['Document'], visit: ResolversParentTypes['Visit'] };
  Inspector: InspectorRow;
  InspectorConnection: Omit<InspectorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['InspectorEdge']>, nodes: Array<ResolversParentTypes['Inspector']> };
  InspectorEdge: Omit<InspectorEdge, 'node'> & { node: ResolversParentTypes['Inspector'] };
  InspectorVisitConnection: Omit<InspectorVisitConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['InspectorVisitEdge']>, nodes: Array<ResolversParentTypes['Visit']> };
  InspectorVisitEdge: Omit<InspectorVisitEdge, 'node'> & { node: ResolversParentTypes['Visit'] };
  Int: Scalars['Int']['output'];
  Judgement: JudgementRow;
  JudgementConnection: Omit<JudgementConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['JudgementEdge']>, nodes: Array<ResolversParentTypes['Judgement']> };
  JudgementEdge: Omit<JudgementEdge, 'node'> & { node: ResolversParentTypes['Judgement'] };
  JudgementFilter: JudgementFilter;
  LabelCount: LabelCount;
  Mutation: Record<PropertyKey, never>;
  NameFilter: NameFilter;
  NeighbourComparison: Omit<NeighbourComparison, 'absentNeighbours' | 'authority' | 'improvements' | 'neighbours' | 'theme'> & { absentNeighbours: Array<ResolversParentTypes['AuthorityReference']>, authority: ResolversParentTypes['BenchmarkEntry'], improvements: Array<ResolversParentTypes['NeighbourImprovement']>, neighbours: Array<ResolversParentTypes['BenchmarkEntry']>, theme: ResolversParentTypes['Theme'] };
  NeighbourImprovement: Omit<NeighbourImprovement, 'authority' | 'improvedAt' | 'recommendation' | 'strengths' | 'visit'> & { authority: ResolversParentTypes['Authority'], improvedAt: ResolversParentTypes['Visit'], recommendation: ResolversParentTypes['Recommendation'], strengths: Array<ResolversParentTypes['Finding']>, visit: ResolversParentTypes['Visit'] };
  PageInfo: PageInfo;
  PartialDate: Scalars['PartialDate']['output'];
  Person: PersonRow;
  PersonConnection: Omit<PersonConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PersonEdge']>, nodes: Array<ResolversParentTypes['Person']> };
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PreviousJudgement: PreviousJudgement;
  Query: Record<PropertyKey, never>;
  Recommendation: RecommendationRow;
  RecommendationConnection: Omit<RecommendationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RecommendationEdge']>, nodes: Array<ResolversParentTypes['Recommendation']> };
  RecommendationEdge: Omit<RecommendationEdge, 'node'> & { node: ResolversParentTypes['Recommendation'] };
  RecommendationFilter: RecommendationFilter;
  RecommendationTrace: Omit<RecommendationTrace, 'actions' | 'followUps' | 'recommendation' | 'themes' | 'visit'> & { actions: Array<ResolversParentTypes['Action']>, followUps: Array<ResolversParentTypes['TraceFollowUp']>, recommendation: ResolversParentTypes['Recommendation'], themes: Array<ResolversParentTypes['Theme']>, visit: ResolversParentTypes['Visit'] };
  Region: Region;
  SearchHit: Omit<SearchHit, 'evidence' | 'finding' | 'recommendation'> & { evidence: ResolversParentTypes['Evidence'], finding?: Maybe<ResolversParentTypes['Finding']>, recommendation?: Maybe<ResolversParentTypes['Recommendation']> };
  Service: ServiceRow;
  ServiceConnection: Omit<ServiceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ServiceEdge']>, nodes: Array<ResolversParentTypes['Service']> };
  ServiceEdge: Omit<ServiceEdge, 'node'> & { node: ResolversParentTypes['Service'] };
  ServiceFilter: ServiceFilter;
  ServiceKind: ServiceKindRow;
  ServiceKindConnection: Omit<ServiceKindConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ServiceKindEdge']>, nodes: Array<ResolversParentTypes['ServiceKind']> };
  ServiceKindEdge: Omit<ServiceKindEdge, 'node'> & { node: ResolversParentTypes['ServiceKind'] };
  ServiceRecurrence: Omit<ServiceRecurrence, 'kind' | 'service' | 'visits'> & { kind: ResolversParentTypes['ServiceKind'], service?: Maybe<ResolversParentTypes['Service']>, visits: Array<ResolversParentTypes['ServiceVisitMentions']> };
  ServiceVisitMentions: Omit<ServiceVisitMentions, 'findings' | 'visit'> & { findings: Array<ResolversParentTypes['Finding']>, visit: ResolversParentTypes['Visit'] };
  Stats: Stats;
  String: Scalars['String']['output'];
  Theme: ThemeRow;
  ThemeConnection: Omit<ThemeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ThemeEdge']>, nodes: Array<ResolversParentTypes['Theme']> };
  ThemeEdge: Omit<ThemeEdge, 'node'> & { node: ResolversParentTypes['Theme'] };
  ThemeTimeline: Omit<ThemeTimeline, 'authority' | 'entries' | 'theme'> & { authority: ResolversParentTypes['Authority'], entries: Array<ResolversParentTypes['ThemeTimelineEntry']>, theme: ResolversParentTypes['Theme'] };
  ThemeTimelineEntry: Omit<ThemeTimelineEntry, 'mixed' | 'recommendations' | 'strengths' | 'visit' | 'weaknesses'> & { mixed: Array<ResolversParentTypes['Finding']>, recommendations: Array<ResolversParentTypes['Recommendation']>, strengths: Array<ResolversParentTypes['Finding']>, visit: ResolversParentTypes['Visit'], weaknesses: Array<ResolversParentTypes['Finding']> };
  ThemeTrend: Omit<ThemeTrend, 'theme'> & { theme: ResolversParentTypes['Theme'] };
  ThemeTrendGroup: Omit<ThemeTrendGroup, 'themes'> & { themes: Array<ResolversParentTypes['ThemeTrend']> };
  TraceEvidence: Omit<TraceEvidence, 'evidence' | 'finding' | 'recommendation'> & { evidence: ResolversParentTypes['Evidence'], finding?: Maybe<ResolversParentTypes['Finding']>, recommendation?: Maybe<ResolversParentTypes['Recommendation']> };
  TraceFollowUp: Omit<TraceFollowUp, 'evidence' | 'recommendations' | 'repeatedBy' | 'strengths' | 'visit' | 'weaknesses'> & { evidence: Array<ResolversParentTypes['TraceEvidence']>, recommendations: Array<ResolversParentTypes['Recommendation']>, repeatedBy: Array<ResolversParentTypes['Recommendation']>, strengths: Array<ResolversParentTypes['Finding']>, visit: ResolversParentTypes['Visit'], weaknesses: Array<ResolversParentTypes['Finding']> };
  Visit: VisitRow;
  VisitConnection: Omit<VisitConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['VisitEdge']>, nodes: Array<ResolversParentTypes['Visit']> };
  VisitEdge: Omit<VisitEdge, 'node'> & { node: ResolversParentTypes['Visit'] };
  VisitFilter: VisitFilter;
  VisitInspector: Omit<VisitInspector, 'inspector'> & { inspector: ResolversParentTypes['Inspector'] };
  VisitThemeCount: Omit<VisitThemeCount, 'theme'> & { theme: ResolversParentTypes['Theme'] };
};

export type ActionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Action'] = ResolversParentTypes['Action']> = {
  addresses?: Resolver<Maybe<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  visit?: Resolver<ResolversTypes['Visit'], ParentType, ContextType>;
};

export type ActionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActionConnection'] = ResolversParentTypes['ActionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Action']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActionEdge'] = ResolversParentTypes['ActionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Action'], ParentType, ContextType>;
};

export type AuthorityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Authority'] = ResolversParentTypes['Authority']> = {
  childPopulation?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  dfeCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latestJudgements?: Resolver<Array<ResolversTypes['Judgement']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onsCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recommendationTraces?: Resolver<Array<ResolversTypes['RecommendationTrace']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['AuthorityReference']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, Partial<AuthorityServicesArgs>>;
  statisticalNeighbours?: Resolver<Array<ResolversTypes['Authority']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  urn?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  visits?: Resolver<ResolversTypes['VisitConnection'], ParentType, ContextType, RequireFields<AuthorityVisitsArgs, 'order'>>;
};

export type AuthorityConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuthorityConnection'] = ResolversParentTypes['AuthorityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuthorityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Authority']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuthorityEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuthorityEdge'] = ResolversParentTypes['AuthorityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
};

export type AuthorityReferenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuthorityReference'] = ResolversParentTypes['AuthorityReference']> = {
  authority?: Resolver<Maybe<ResolversTypes['Authority']>, ParentType, ContextType>;
  childPopulation?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  dfeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  otherNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  statisticalNeighbours?: Resolver<Array<ResolversTypes['AuthorityReference']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  urn?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type BenchmarkEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BenchmarkEntry'] = ResolversParentTypes['BenchmarkEntry']> = {
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  latestGrade?: Resolver<Maybe<ResolversTypes['Grade']>, ParentType, ContextType>;
  latestGradeVisit?: Resolver<Maybe<ResolversTypes['Visit']>, ParentType, ContextType>;
  latestJudgements?: Resolver<Array<ResolversTypes['Judgement']>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  visits?: Resolver<Array<ResolversTypes['ThemeTimelineEntry']>, ParentType, ContextType>;
};

export type DatePeriodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DatePeriod'] = ResolversParentTypes['DatePeriod']> = {
  end?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
};

export type DeleteDocumentPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeleteDocumentPayload'] = ResolversParentTypes['DeleteDocumentPayload']> = {
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type DocumentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  actions?: Resolver<Array<ResolversTypes['Action']>, ParentType, ContextType>;
  addressedTo?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  excerpt?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<DocumentExcerptArgs, 'end' | 'start'>>;
  findings?: Resolver<ResolversTypes['FindingConnection'], ParentType, ContextType, RequireFields<DocumentFindingsArgs, 'order'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  pageCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  recommendations?: Resolver<ResolversTypes['RecommendationConnection'], ParentType, ContextType, RequireFields<DocumentRecommendationsArgs, 'order'>>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  textLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  visit?: Resolver<ResolversTypes['Visit'], ParentType, ContextType>;
};

export type DocumentConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DocumentConnection'] = ResolversParentTypes['DocumentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DocumentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DocumentEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DocumentEdge'] = ResolversParentTypes['DocumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  page?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FindingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding']> = {
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  polarity?: Resolver<ResolversTypes['Polarity'], ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  visit?: Resolver<ResolversTypes['Visit'], ParentType, ContextType>;
};

export type FindingConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FindingConnection'] = ResolversParentTypes['FindingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FindingEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FindingEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FindingEdge'] = ResolversParentTypes['FindingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Finding'], ParentType, ContextType>;
};

export type IngestDocumentPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IngestDocumentPayload'] = ResolversParentTypes['IngestDocumentPayload']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IngestStatus'], ParentType, ContextType>;
  visit?: Resolver<ResolversTypes['Visit'], ParentType, ContextType>;
};

export type InspectorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Inspector'] = ResolversParentTypes['Inspector']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  visits?: Resolver<ResolversTypes['InspectorVisitConnection'], ParentType, ContextType, Partial<InspectorVisitsArgs>>;
};

export type InspectorConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InspectorConnection'] = ResolversParentTypes['InspectorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InspectorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Inspector']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InspectorEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InspectorEdge'] = ResolversParentTypes['InspectorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Inspector'], ParentType, ContextType>;
};

export type InspectorVisitConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InspectorVisitConnection'] = ResolversParentTypes['InspectorVisitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InspectorVisitEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Visit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InspectorVisitEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InspectorVisitEdge'] = ResolversParentTypes['InspectorVisitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lead?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Visit'], ParentType, ContextType>;
};

export type JudgementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Judgement'] = ResolversParentTypes['Judgement']> = {
  area?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['Grade'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  visit?: Resolver<ResolversTypes['Visit'], ParentType, ContextType>;
};

export type JudgementConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['JudgementConnection'] = ResolversParentTypes['JudgementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['JudgementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Judgement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type JudgementEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['JudgementEdge'] = ResolversParentTypes['JudgementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Judgement'], ParentType, ContextType>;
};

export type LabelCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LabelCount'] = ResolversParentTypes['LabelCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  deleteDocument?: Resolver<ResolversTypes['DeleteDocumentPayload'], ParentType, ContextType, RequireFields<MutationDeleteDocumentArgs, 'id'>>;
  ingestDocument?: Resolver<ResolversTypes['IngestDocumentPayload'], ParentType, ContextType, RequireFields<MutationIngestDocumentArgs, 'input'>>;
};

export type NeighbourComparisonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NeighbourComparison'] = ResolversParentTypes['NeighbourComparison']> = {
  absentNeighbours?: Resolver<Array<ResolversTypes['AuthorityReference']>, ParentType, ContextType>;
  authority?: Resolver<ResolversTypes['BenchmarkEntry'], ParentType, ContextType>;
  improvements?: Resolver<Array<ResolversTypes['NeighbourImprovement']>, ParentType, ContextType>;
  neighbours?: Resolver<Array<ResolversTypes['BenchmarkEntry']>, ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
};

export type NeighbourImprovementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NeighbourImprovement'] = ResolversParentTypes['NeighbourImprovement']> = {
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  improvedAt?: Resolver<ResolversTypes['Visit'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
  strengths?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  visit?: Resolver<ResolversTypes['Visit'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface PartialDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PartialDate'], any> {
  name: 'PartialDate';
}

export type PersonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  actionsOwned?: Resolver<Array<ResolversTypes['Action']>, ParentType, ContextType>;
  addressedIn?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  authored?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PreviousJudgementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PreviousJudgement'] = ResolversParentTypes['PreviousJudgement']> = {
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['Grade'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  action?: Resolver<Maybe<ResolversTypes['Action']>, ParentType, ContextType, RequireFields<QueryActionArgs, 'id'>>;
  actions?: Resolver<ResolversTypes['ActionConnection'], ParentType, ContextType, RequireFields<QueryActionsArgs, 'order'>>;
  authorities?: Resolver<ResolversTypes['AuthorityConnection'], ParentType, ContextType, RequireFields<QueryAuthoritiesArgs, 'order'>>;
  authority?: Resolver<Maybe<ResolversTypes['Authority']>, ParentType, ContextType, RequireFields<QueryAuthorityArgs, 'id'>>;
  compareWithNeighbours?: Resolver<Maybe<ResolversTypes['NeighbourComparison']>, ParentType, ContextType, RequireFields<QueryCompareWithNeighboursArgs, 'authorityId' | 'themeId'>>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QueryDocumentArgs, 'id'>>;
  documents?: Resolver<ResolversTypes['DocumentConnection'], ParentType, ContextType, RequireFields<QueryDocumentsArgs, 'order'>>;
  finding?: Resolver<Maybe<ResolversTypes['Finding']>, ParentType, ContextType, RequireFields<QueryFindingArgs, 'id'>>;
  findings?: Resolver<ResolversTypes['FindingConnection'], ParentType, ContextType, RequireFields<QueryFindingsArgs, 'order'>>;
  inspector?: Resolver<Maybe<ResolversTypes['Inspector']>, ParentType, ContextType, RequireFields<QueryInspectorArgs, 'id'>>;
  inspectors?: Resolver<ResolversTypes['InspectorConnection'], ParentType, ContextType, RequireFields<QueryInspectorsArgs, 'order'>>;
  judgement?: Resolver<Maybe<ResolversTypes['Judgement']>, ParentType, ContextType, RequireFields<QueryJudgementArgs, 'id'>>;
  judgements?: Resolver<ResolversTypes['JudgementConnection'], ParentType, ContextType, RequireFields<QueryJudgementsArgs, 'order'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'order'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  recommendation?: Resolver<Maybe<ResolversTypes['Recommendation']>, ParentType, ContextType, RequireFields<QueryRecommendationArgs, 'id'>>;
  recommendations?: Resolver<ResolversTypes['RecommendationConnection'], ParentType, ContextType, RequireFields<QueryRecommendationsArgs, 'order'>>;
  recurringServices?: Resolver<Array<ResolversTypes['ServiceRecurrence']>, ParentType, ContextType, RequireFields<QueryRecurringServicesArgs, 'minVisits'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType, RequireFields<QueryServiceArgs, 'id'>>;
  serviceKind?: Resolver<Maybe<ResolversTypes['ServiceKind']>, ParentType, ContextType, RequireFields<QueryServiceKindArgs, 'id'>>;
  serviceKinds?: Resolver<ResolversTypes['ServiceKindConnection'], ParentType, ContextType, RequireFields<QueryServiceKindsArgs, 'order'>>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, RequireFields<QueryServicesArgs, 'order'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  theme?: Resolver<Maybe<ResolversTypes['Theme']>, ParentType, ContextType, RequireFields<QueryThemeArgs, 'id'>>;
  themeTimeline?: Resolver<Maybe<ResolversTypes['ThemeTimeline']>, ParentType, ContextType, RequireFields<QueryThemeTimelineArgs, 'authorityId' | 'themeId'>>;
  themeTrends?: Resolver<Array<ResolversTypes['ThemeTrendGroup']>, ParentType, ContextType, RequireFields<QueryThemeTrendsArgs, 'groupBy'>>;
  themes?: Resolver<ResolversTypes['ThemeConnection'], ParentType, ContextType, RequireFields<QueryThemesArgs, 'order'>>;
  traceRecommendation?: Resolver<Maybe<ResolversTypes['RecommendationTrace']>, ParentType, ContextType, RequireFields<QueryTraceRecommendationArgs, 'id'>>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  visit?: Resolver<Maybe<ResolversTypes['Visit']>, ParentType, ContextType, RequireFields<QueryVisitArgs, 'id'>>;
  visits?: Resolver<ResolversTypes['VisitConnection'], ParentType, ContextType, RequireFields<QueryVisitsArgs, 'order'>>;
};

export type RecommendationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Recommendation'] = ResolversParentTypes['Recommendation']> = {
  actions?: Resolver<Array<ResolversTypes['Action']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ordinal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  repeatedBy?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  repeats?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  visit?: Resolver<ResolversTypes['Visit'], ParentType, ContextType>;
};

export type RecommendationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecommendationConnection'] = ResolversParentTypes['RecommendationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RecommendationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RecommendationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecommendationEdge'] = ResolversParentTypes['RecommendationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
};

export type RecommendationTraceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecommendationTrace'] = ResolversParentTypes['RecommendationTrace']> = {
  actions?: Resolver<Array<ResolversTypes['Action']>, ParentType, ContextType>;
  followUps?: Resolver<Array<ResolversTypes['TraceFollowUp']>, ParentType, ContextType>;
  overallStatus?: Resolver<ResolversTypes['TraceStatus'], ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  visit?: Resolver<ResolversTypes['Visit'], ParentType, ContextType>;
};

export type RegionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  finding?: Resolver<Maybe<ResolversTypes['Finding']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recommendation?: Resolver<Maybe<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ServiceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  basedIn?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['FindingConnection'], ParentType, ContextType, RequireFields<ServiceFindingsArgs, 'order'>>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hosts?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ServiceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recommendations?: Resolver<ResolversTypes['RecommendationConnection'], ParentType, ContextType, RequireFields<ServiceRecommendationsArgs, 'order'>>;
  replaced?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  replacedBy?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
};

export type ServiceConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServiceConnection'] = ResolversParentTypes['ServiceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ServiceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServiceEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServiceEdge'] = ResolversParentTypes['ServiceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
};

export type ServiceKindResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServiceKind'] = ResolversParentTypes['ServiceKind']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, Partial<ServiceKindServicesArgs>>;
};

export type ServiceKindConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServiceKindConnection'] = ResolversParentTypes['ServiceKindConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ServiceKindEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ServiceKind']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServiceKindEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServiceKindEdge'] = ResolversParentTypes['ServiceKindEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceKind'], ParentType, ContextType>;
};

export type ServiceRecurrenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServiceRecurrence'] = ResolversParentTypes['ServiceRecurrence']> = {
  authorityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ServiceKind'], ParentType, ContextType>;
  mixed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  neutral?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
  strengths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visitCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visits?: Resolver<Array<ResolversTypes['ServiceVisitMentions']>, ParentType, ContextType>;
  weaknesses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServiceVisitMentionsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServiceVisitMentions'] = ResolversParentTypes['ServiceVisitMentions']> = {
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  polarity?: Resolver<ResolversTypes['Polarity'], ParentType, ContextType>;
  strengths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visit?: Resolver<ResolversTypes['Visit'], ParentType, ContextType>;
  weaknesses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  authorities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LabelCount']>, ParentType, ContextType>;
  recommendations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  services?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ThemeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme']> = {
  actions?: Resolver<ResolversTypes['ActionConnection'], ParentType, ContextType, RequireFields<ThemeActionsArgs, 'order'>>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['FindingConnection'], ParentType, ContextType, RequireFields<ThemeFindingsArgs, 'order'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recommendations?: Resolver<ResolversTypes['RecommendationConnection'], ParentType, ContextType, RequireFields<ThemeRecommendationsArgs, 'order'>>;
};

export type ThemeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ThemeConnection'] = ResolversParentTypes['ThemeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ThemeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ThemeEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ThemeEdge'] = ResolversParentTypes['ThemeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
};

export type ThemeTimelineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ThemeTimeline'] = ResolversParentTypes['ThemeTimeline']> = {
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['ThemeTimelineEntry']>, ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
};

export type ThemeTimelineEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ThemeTimelineEntry'] = ResolversParentTypes['ThemeTimelineEntry']> = {
  mixed?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  recommendations?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  strengths?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  visit?: Resolver<ResolversTypes['Visit'], ParentType, ContextType>;
  weaknesses?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
};

export type ThemeTrendResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ThemeTrend'] = ResolversParentTypes['ThemeTrend']> = {
  recommendations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recommendationsPerVisit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  weaknesses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weaknessesPerVisit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ThemeTrendGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ThemeTrendGroup'] = ResolversParentTypes['ThemeTrendGroup']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recommendations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['ThemeTrend']>, ParentType, ContextType>;
  visits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weaknesses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TraceEvidenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TraceEvidence'] = ResolversParentTypes['TraceEvidence']> = {
  deciding?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  finding?: Resolver<Maybe<ResolversTypes['Finding']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recommendation?: Resolver<Maybe<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  relevance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  repeats?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sharesTheme?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TraceFollowUpResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TraceFollowUp'] = ResolversParentTypes['TraceFollowUp']> = {
  confidence?: Resolver<ResolversTypes['TraceConfidence'], ParentType, ContextType>;
  decidedBy?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['TraceEvidence']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recommendations?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  repeatedBy?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TraceStatus'], ParentType, ContextType>;
  strengths?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  visit?: Resolver<ResolversTypes['Visit'], ParentType, ContextType>;
  weaknesses?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
};

export type VisitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Visit'] = ResolversParentTypes['Visit']> = {
  actions?: Resolver<Array<ResolversTypes['Action']>, ParentType, ContextType>;
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['FindingConnection'], ParentType, ContextType, RequireFields<VisitFindingsArgs, 'order'>>;
  focusAreas?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  framework?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspectors?: Resolver<Array<ResolversTypes['VisitInspector']>, ParentType, ContextType>;
  judgements?: Resolver<Array<ResolversTypes['Judgement']>, ParentType, ContextType>;
  nextVisit?: Resolver<Maybe<ResolversTypes['Visit']>, ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['DatePeriod']>, ParentType, ContextType>;
  previousJudgement?: Resolver<Maybe<ResolversTypes['PreviousJudgement']>, ParentType, ContextType>;
  previousVisit?: Resolver<Maybe<ResolversTypes['Visit']>, ParentType, ContextType>;
  recommendations?: Resolver<ResolversTypes['RecommendationConnection'], ParentType, ContextType, RequireFields<VisitRecommendationsArgs, 'order'>>;
  sequenceNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  themeCounts?: Resolver<Array<ResolversTypes['VisitThemeCount']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['VisitType'], ParentType, ContextType>;
};

export type VisitConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VisitConnection'] = ResolversParentTypes['VisitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['VisitEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Visit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VisitEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VisitEdge'] = ResolversParentTypes['VisitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Visit'], ParentType, ContextType>;
};

export type VisitInspectorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VisitInspector'] = ResolversParentTypes['VisitInspector']> = {
  inspector?: Resolver<ResolversTypes['Inspector'], ParentType, ContextType>;
  lead?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type VisitThemeCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VisitThemeCount'] = ResolversParentTypes['VisitThemeCount']> = {
  mixed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  neutral?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recommendations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  strengths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  weaknesses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Action?: ActionResolvers<ContextType>;
  ActionConnection?: ActionConnectionResolvers<ContextType>;
  ActionEdge?: ActionEdgeResolvers<ContextType>;
  Authority?: AuthorityResolvers<ContextType>;
  AuthorityConnection?: AuthorityConnectionResolvers<ContextType>;
  AuthorityEdge?: AuthorityEdgeResolvers<ContextType>;
  AuthorityReference?: AuthorityReferenceResolvers<ContextType>;
  BenchmarkEntry?: BenchmarkEntryResolvers<ContextType>;
  DatePeriod?: DatePeriodResolvers<ContextType>;
  DeleteDocumentPayload?: DeleteDocumentPayloadResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  DocumentConnection?: DocumentConnectionResolvers<ContextType>;
  DocumentEdge?: DocumentEdgeResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Finding?: FindingResolvers<ContextType>;
  FindingConnection?: FindingConnectionResolvers<ContextType>;
  FindingEdge?: FindingEdgeResolvers<ContextType>;
  IngestDocumentPayload?: IngestDocumentPayloadResolvers<ContextType>;
  Inspector?: InspectorResolvers<ContextType>;
  InspectorConnection?: InspectorConnectionResolvers<ContextType>;
  InspectorEdge?: InspectorEdgeResolvers<ContextType>;
  InspectorVisitConnection?: InspectorVisitConnectionResolvers<ContextType>;
  InspectorVisitEdge?: InspectorVisitEdgeResolvers<ContextType>;
  Judgement?: JudgementResolvers<ContextType>;
  JudgementConnection?: JudgementConnectionResolvers<ContextType>;
  JudgementEdge?: JudgementEdgeResolvers<ContextType>;
  LabelCount?: LabelCountResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NeighbourComparison?: NeighbourComparisonResolvers<ContextType>;
  NeighbourImprovement?: NeighbourImprovementResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartialDate?: GraphQLScalarType;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  PreviousJudgement?: PreviousJudgementResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Recommendation?: RecommendationResolvers<ContextType>;
  RecommendationConnection?: RecommendationConnectionResolvers<ContextType>;
  RecommendationEdge?: RecommendationEdgeResolvers<ContextType>;
  RecommendationTrace?: RecommendationTraceResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceConnection?: ServiceConnectionResolvers<ContextType>;
  ServiceEdge?: ServiceEdgeResolvers<ContextType>;
  ServiceKind?: ServiceKindResolvers<ContextType>;
  ServiceKindConnection?: ServiceKindConnectionResolvers<ContextType>;
  ServiceKindEdge?: ServiceKindEdgeResolvers<ContextType>;
  ServiceRecurrence?: ServiceRecurrenceResolvers<ContextType>;
  ServiceVisitMentions?: ServiceVisitMentionsResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
  ThemeConnection?: ThemeConnectionResolvers<ContextType>;
  ThemeEdge?: ThemeEdgeResolvers<ContextType>;
  ThemeTimeline?: ThemeTimelineResolvers<ContextType>;
  ThemeTimelineEntry?: ThemeTimelineEntryResolvers<ContextType>;
  ThemeTrend?: ThemeTrendResolvers<ContextType>;
  ThemeTrendGroup?: ThemeTrendGroupResolvers<ContextType>;
  TraceEvidence?: TraceEvidenceResolvers<ContextType>;
  TraceFollowUp?: TraceFollowUpResolvers<ContextType>;
  Visit?: VisitResolvers<ContextType>;
  VisitConnection?: VisitConnectionResolvers<ContextType>;
  VisitEdge?: VisitEdgeResolvers<ContextType>;
  VisitInspector?: VisitInspectorResolvers<ContextType>;
  VisitThemeCount?: VisitThemeCountResolvers<ContextType>;
};

