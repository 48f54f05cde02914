import type { Block } from "../documentBlocks.ts";
import type { ServicePhrase } from "./findServicePhrases.ts";

/**
 * A run of capitalised words (with 'of', 'the', 'and' inside) that holds 'Adopt' or 'Adoption': how
 * regional adoption agencies are named ('Adopt Thames Valley', 'One Adoption West Yorkshire', 'Tees
 * Valley Adoption'), often with no head noun to find them by.
 */
const CAPITALISED_RUN = /\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|the|and)\s+)?\p{Lu}[\p{L}-]*)+/gu;
const ADOPTION = /^Adopt(?:ion)?$/u;
/** Words that make the run something else: the generic agency, a panel or team, an Act, a board, a charity. */
const NOT_A_NAME =
  /^(?:Regional|Agency|Agencies|Panel|Panels|Team|Teams|Service|Services|Act|Board|Leadership|Order|Orders|Support|UK|Partnership|Scorecard|Standards|Regulations|National|Register|Manager|Managers|Link|Officer|Worker|Workers|Day|Week|Plan|Plans|Policy|Allowance|Statutory|Guidance|Reform|Fund)$/u;

/** Names of adoption agencies in a block, as phrases with the whole name as proper name. */
export function findAdoptionAgencyNames(text: string, block: Block): ServicePhrase[] {
  const phrases: ServicePhrase[] = [];
  for (const match of block.text.matchAll(CAPITALISED_RUN)) {
    const words = match[0].split(/\s+/u);
    if (!words.some((word) => ADOPTION.test(word)) || words.some((word) => NOT_A_NAME.test(word))) continue;
    const start = block.start + match.index;
    const name = text.slice(start, start + match[0].length).replace(/\s+/gu, " ");
    phrases.push({
      start,
      end: start + match[0].length,
      name,
      head: "",
      acronym: null,
      properName: name,
      properCore: name,
      kind: "adoption-agency",
    });
  }
  return phrases;
}
