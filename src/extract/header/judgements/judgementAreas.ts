/** A judgement area and how its row label is worded. Words may be split by line breaks or table gaps. */
export interface AreaLabel {
  area: string;
  words: string;
}

/** ILACS judgement rows (2018 onwards). The combined care row comes before its parts so it wins. */
export const ILACS_LABELS: AreaLabel[] = [
  {
    area: "IMPACT_OF_LEADERS",
    words: "(?:the )?impact of leaders(?:hip)? on social work practice(?: with children and families)?",
  },
  {
    area: "HELP_AND_PROTECTION",
    words: "(?:the )?experiences and progress of children who need help and protection",
  },
  {
    area: "CHILDREN_IN_CARE_AND_CARE_LEAVERS",
    words: "(?:the )?experiences and progress of children in care and care leavers",
  },
  { area: "CHILDREN_IN_CARE", words: "(?:the )?experiences and progress of children in care" },
  { area: "CARE_LEAVERS", words: "(?:the )?experiences and progress of (?:children )?care leavers" },
  { area: "OVERALL_EFFECTIVENESS", words: "overall effectiveness" },
];

/**
 * SIF judgement rows (single inspection framework, 2013–2018). The overall judgement is stated in a
 * headline and stored as OVERALL_EFFECTIVENESS; the review of the Local Safeguarding Children Board
 * has its own grade, SIF_LSCB.
 */
export const SIF_LABELS: AreaLabel[] = [
  { area: "SIF_HELP_AND_PROTECTION", words: "children who need help and protection" },
  { area: "SIF_LOOKED_AFTER_AND_PERMANENCE", words: "children looked after and achieving(?: permanence)?" },
  { area: "SIF_ADOPTION_PERFORMANCE", words: "adoption performance" },
  { area: "SIF_CARE_LEAVERS", words: "experiences and progress of care leavers" },
  { area: "SIF_LEADERSHIP_MANAGEMENT_GOVERNANCE", words: "leadership, management and governance" },
];

/** Judgements of the 2013 inspections of looked after children services, each a heading over 'Grade 4 (inadequate)'. */
export const LAC_LABELS: AreaLabel[] = [
  {
    area: "LAC_OVERALL_EFFECTIVENESS",
    words: "overall effectiveness(?: of services for looked after children(?: and young people)?)?",
  },
  { area: "LAC_CAPACITY_TO_IMPROVE", words: "capacity to improve" },
  { area: "LAC_OUTCOMES", words: "outcomes for looked after children(?: and young people)?" },
  { area: "LAC_QUALITY_OF_PROVISION", words: "quality of provision" },
  { area: "LAC_LEADERSHIP_AND_MANAGEMENT", words: "leadership and management" },
];

/** Area names as prose words them ('help and protection', 'overall effectiveness'), for news and council summaries. */
export const PROSE_LABELS: AreaLabel[] = [
  {
    area: "IMPACT_OF_LEADERS",
    words:
      "impact of (?:senior )?leaders(?:hip)?(?: on social work practice(?: with children and families)?)?",
  },
  { area: "CHILDREN_IN_CARE_AND_CARE_LEAVERS", words: "children in care and care leavers" },
  { area: "HELP_AND_PROTECTION", words: "(?:children who need )?help and protection" },
  { area: "OVERALL_EFFECTIVENESS", words: "overall effectiveness|overall judgement" },
  { area: "CHILDREN_IN_CARE", words: "children in care" },
  { area: "CARE_LEAVERS", words: "care leavers" },
];

/**
 * Between two words of a label: spaces, line breaks, ` | `, and the grade of a table row printed
 * between the lines of its label ('... who need help | Requires improvement to' / 'be good' / 'and protection').
 */
const LABEL_GAP =
  "(?:[\\s|]+(?:(?:requires?|improvement|to|be|outstanding|good|inadequate)(?=[\\s|])[\\s|]*)*)";

/** A label's words as a pattern that lets spaces, line breaks, ` | ` and stray grades stand between words. */
export function labelSource(label: AreaLabel): string {
  return label.words.replace(/ /g, LABEL_GAP).replace(/,/g, ",?");
}
