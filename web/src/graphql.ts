import { useEffect, useState } from "react";

/** What a page's query has given so far. */
export type QueryState<T> =
  { status: "loading" } | { status: "error"; message: string } | { status: "done"; data: T };

/**
 * POSTs an operation to the service's own `/graphql` and returns its data; throws with the API's messages
 * when it answers with errors or not at all.
 */
export async function runQuery<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new Error("The service did not answer: is it still running?");
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: T;
    errors?: Array<{ message: string }>;
  };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  if (!response.ok || body.data === undefined) throw new Error(`The service answered ${response.status}`);
  return body.data;
}

/** Runs a query when the page mounts and whenever `key` changes; the state says loading, error or done. */
export function useQuery<T>(load: () => Promise<T>, key: string): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ status: "loading" });
  useEffect(() => {
    let current = true;
    setState({ status: "loading" });
    load().then(
      (data) => current && setState({ status: "done", data }),
      (error: unknown) =>
        current &&
        setState({ status: "error", message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return state;
}

/** The playground at `/graphql`, opening a tab with this operation and its variables. */
export function playgroundHref(query: string, variables: Record<string, unknown> = {}): string {
  const params = new URLSearchParams({ query: query.trim() });
  if (Object.keys(variables).length > 0) params.set("variables", JSON.stringify(variables, null, 2));
  return `/graphql#${params.toString()}`;
}
