import type {
  ActionFilter,
  DocumentFilter,
  FindingFilter,
  JudgementFilter,
  RecommendationFilter,
  ServiceFilter,
  SortDirection,
  VisitFilter,
} from "./generated/resolvers.ts";

/**
 * Statement parameters from GraphQL filters: every parameter a statement names is present, an absent
 * filter as null (Cypher needs each `$name` bound).
 */
export function findingParams(
  filter: FindingFilter | null | undefined,
  order: SortDirection | null | undefined,
) {
  return { polarity: filter?.polarity ?? null, ...recommendationParams(filter, order) };
}

export function recommendationParams(
  filter: RecommendationFilter | null | undefined,
  order: SortDirection | null | undefined,
) {
  return {
    direction: order ?? "ASC",
    themeId: filter?.themeId ?? null,
    serviceId: filter?.serviceId ?? null,
    serviceKindId: filter?.serviceKindId ?? null,
    authorityId: filter?.authorityId ?? null,
    from: filter?.from ?? null,
    to: filter?.to ?? null,
  };
}

export function visitParams(filter: VisitFilter | null | undefined, order: SortDirection | null | undefined) {
  return {
    authorityId: filter?.authorityId ?? null,
    type: filter?.type ?? null,
    from: filter?.from ?? null,
    to: filter?.to ?? null,
    direction: order ?? "ASC",
  };
}

export function serviceParams(
  filter: ServiceFilter | null | undefined,
  order: SortDirection | null | undefined,
) {
  return {
    authorityId: filter?.authorityId ?? null,
    kindId: filter?.kindId ?? null,
    nameContains: filter?.nameContains ?? null,
    direction: order ?? "ASC",
  };
}

export function nameParams(
  filter: { nameContains?: string | null } | null | undefined,
  order?: SortDirection | null,
) {
  return { nameContains: filter?.nameContains ?? null, direction: order ?? "ASC" };
}

export function documentParams(
  filter: DocumentFilter | null | undefined,
  order: SortDirection | null | undefined,
) {
  return { kind: filter?.kind ?? null, authorityId: filter?.authorityId ?? null, direction: order ?? "DESC" };
}

export function actionParams(
  filter: ActionFilter | null | undefined,
  order: SortDirection | null | undefined,
) {
  return {
    authorityId: filter?.authorityId ?? null,
    ownerId: filter?.ownerId ?? null,
    themeId: filter?.themeId ?? null,
    direction: order ?? "ASC",
  };
}

export function judgementParams(
  filter: JudgementFilter | null | undefined,
  order: SortDirection | null | undefined,
) {
  return {
    authorityId: filter?.authorityId ?? null,
    area: filter?.area ?? null,
    grade: filter?.grade ?? null,
    direction: order ?? "ASC",
  };
}
