import type { ReactNode } from "react";
import type { QueryState } from "./graphql.ts";
import { playgroundHref, runQuery, useQuery } from "./graphql.ts";
import { humanise } from "./links.ts";

/** The page frame: a GOV.UK-style header with the service name, the content, and a footer. */
export function Layout(props: { children: ReactNode }) {
  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        Skip to main content
      </a>
      <header className="govuk-header" role="banner">
        <div className="govuk-header__container govuk-width-container">
          <div className="govuk-header__content">
            <a href="/" className="govuk-header__link govuk-header__service-name">
              Ofsted graph explorer
            </a>
            <nav aria-label="Menu" className="explorer-header-nav">
              <a className="govuk-header__link" href="/graphql">
                GraphQL playground
              </a>
            </nav>
          </div>
        </div>
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" role="main">
          {props.children}
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <p className="govuk-body-s">
            Read from Ofsted's published inspection reports. Every page's data comes from this service's
            GraphQL API at <a href="/graphql">/graphql</a>.
          </p>
        </div>
      </footer>
    </>
  );
}

/** Renders a query's state: a loading line, the error in plain words, or the content. */
export function Loaded<T>(props: { state: QueryState<T>; what: string; children: (data: T) => ReactNode }) {
  const { state } = props;
  if (state.status === "loading")
    return (
      <p className="govuk-body explorer-loading" role="status">
        Loading {props.what}…
      </p>
    );
  if (state.status === "error")
    return (
      <div className="govuk-error-summary" role="alert">
        <h2 className="govuk-error-summary__title">Could not load {props.what}</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">{state.message}</p>
        </div>
      </div>
    );
  return <>{props.children(state.data)}</>;
}

/** A link that opens the page's own query in the playground, so the page teaches the API. */
export function PlaygroundLink(props: {
  query: string;
  variables?: Record<string, unknown>;
  label?: string;
}) {
  return (
    <p className="govuk-body-s explorer-playground-link">
      <a className="govuk-link" href={playgroundHref(props.query, props.variables)} data-external-page="true">
        {props.label ?? "See this page's GraphQL query in the playground"}
      </a>
    </p>
  );
}

/** A page that found nothing for its id. */
export function NotFound(props: { what: string }) {
  return (
    <>
      <h1 className="govuk-heading-l">Not found</h1>
      <p className="govuk-body">The graph holds no {props.what} with this id.</p>
    </>
  );
}

/**
 * The page of one node asked for by its id: the query's state as it loads, the node (or 'Not found' when
 * `children` gives null), and the link to the same query in the playground.
 */
export function NodePage<T>(props: {
  query: string;
  id: string;
  /** What is loading, for the loading and error lines ('the theme'). */
  what: string;
  /** What was not found ('theme'). */
  notFound: string;
  children: (data: T) => ReactNode | null;
}) {
  const { query, id } = props;
  const state = useQuery(() => runQuery<T>(query, { id }), id);
  return (
    <>
      <Loaded state={state} what={props.what}>
        {(data) => props.children(data) ?? <NotFound what={props.notFound} />}
      </Loaded>
      <PlaygroundLink query={query} variables={{ id }} />
    </>
  );
}

const STATUS_COLOUR: Record<string, string> = {
  IMPROVED: "govuk-tag--green",
  PERSISTS: "govuk-tag--red",
  MIXED: "govuk-tag--yellow",
  NOT_COVERED: "govuk-tag--grey",
};

/** A trace status (IMPROVED, PERSISTS, MIXED, NOT_COVERED) as a coloured tag. */
export function StatusTag(props: { status: string }) {
  return (
    <strong className={`govuk-tag ${STATUS_COLOUR[props.status] ?? ""}`} data-status={props.status}>
      {humanise(props.status)}
    </strong>
  );
}

const GRADE_COLOUR: Record<string, string> = {
  OUTSTANDING: "govuk-tag--green",
  GOOD: "govuk-tag--turquoise",
  REQUIRES_IMPROVEMENT: "govuk-tag--yellow",
  INADEQUATE: "govuk-tag--red",
};

/** A grade as a coloured tag. */
export function GradeTag(props: { grade: string }) {
  return <strong className={`govuk-tag ${GRADE_COLOUR[props.grade] ?? ""}`}>{humanise(props.grade)}</strong>;
}

const POLARITY_COLOUR: Record<string, string> = {
  STRENGTH: "govuk-tag--green",
  WEAKNESS: "govuk-tag--red",
  MIXED: "govuk-tag--yellow",
  NEUTRAL: "govuk-tag--grey",
};

/** A finding's polarity as a coloured tag. */
export function PolarityTag(props: { polarity: string }) {
  return (
    <strong className={`govuk-tag ${POLARITY_COLOUR[props.polarity] ?? ""}`} data-polarity={props.polarity}>
      {humanise(props.polarity)}
    </strong>
  );
}
