/** The inspection framework eras the benchmarking tables group visits by. */
export type FrameworkEra = "PRE_SIF" | "SIF" | "ILACS" | "UNDATED";

/**
 * The framework era of a visit by its start date (a partial ISO date): SIF for 2013–2017, ILACS from
 * 2018, earlier frameworks before 2013, UNDATED without a date. By date rather than by the framework a
 * document names, since many documents (letters, council papers) name none.
 */
export function frameworkEra(startDate: string | null): FrameworkEra {
  const year = Number(startDate?.slice(0, 4));
  if (!startDate || !Number.isInteger(year)) return "UNDATED";
  if (year >= 2018) return "ILACS";
  return year >= 2013 ? "SIF" : "PRE_SIF";
}
