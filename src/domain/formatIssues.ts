import type { z } from "zod";

/**
 * A zod error as one line for people: `path: message` per issue, joined by `; `. An issue about the whole
 * value (an empty path) is named `whole`; `limit` keeps the first few issues of a long list.
 *
 * @example formatIssues(error) // "visit.startDate: Invalid date; judgements.0.grade: Invalid option"
 */
export function formatIssues(error: z.ZodError, options: { whole?: string; limit?: number } = {}): string {
  return error.issues
    .slice(0, options.limit ?? error.issues.length)
    .map((issue) => `${issue.path.join(".") || (options.whole ?? "")}: ${issue.message}`)
    .join("; ");
}
