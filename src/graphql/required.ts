import { AppError } from "../domain/AppError.ts";

/** A node the graph guarantees to exist (a finding's visit); its absence is a broken graph, not bad input. */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined)
    throw new AppError("DATABASE_ERROR", `Missing ${what} in the graph`);
  return value;
}
