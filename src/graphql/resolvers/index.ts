import type { Resolvers } from "../generated/resolvers.ts";
import { Action } from "./Action.ts";
import { Authority } from "./Authority.ts";
import { AuthorityReference } from "./AuthorityReference.ts";
import { BenchmarkEntry } from "./BenchmarkEntry.ts";
import { Document } from "./Document.ts";
import { Evidence } from "./Evidence.ts";
import { Finding } from "./Finding.ts";
import { Inspector } from "./Inspector.ts";
import { Judgement } from "./Judgement.ts";
import { Mutation } from "./Mutation.ts";
import { PartialDate } from "./PartialDate.ts";
import { Person } from "./Person.ts";
import { Query } from "./Query.ts";
import { Recommendation } from "./Recommendation.ts";
import { Service } from "./Service.ts";
import { ServiceKind } from "./ServiceKind.ts";
import { Theme } from "./Theme.ts";
import { Visit } from "./Visit.ts";

/** Every resolver of the API, by type. Fields not listed resolve to the row's property of the same name. */
export const resolvers: Resolvers = {
  Query,
  Mutation,
  PartialDate,
  Authority,
  AuthorityReference,
  BenchmarkEntry,
  Visit,
  Judgement,
  Inspector,
  Person,
  Document,
  Finding,
  Recommendation,
  Action,
  Evidence,
  Service,
  ServiceKind,
  Theme,
};
