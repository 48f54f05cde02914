/**
 * One ready-to-run operation of the GraphQL playground: it opens as a GraphiQL tab of its own.
 *
 * Give the operation a name (`query ProviderThemes { … }`): GraphiQL titles each tab with it, and an
 * anonymous operation shows as "<untitled>". `name` heads the tab's editor as a `#` comment.
 */
export interface PlaygroundExample {
  /** What the example shows, for people: "Themes of one provider". */
  readonly name: string;
  /** The GraphQL document; checked for syntax when the plugin is made. */
  readonly query: string;
  /** Values for the document's variables, shown in the variables editor. */
  readonly variables?: Readonly<Record<string, unknown>>;
}
