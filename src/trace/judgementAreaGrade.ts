/**
 * The judgement area a recommendation on these themes belongs to, where one clearly applies: a
 * recommendation on care leavers is judged again in the care leavers' grade. Themes that run through
 * every area (plans, supervision, assessments) map to none.
 */
const AREA_OF_THEME: Record<string, readonly string[]> = {
  "care-leavers": ["CARE_LEAVERS", "CHILDREN_IN_CARE_AND_CARE_LEAVERS", "SIF_CARE_LEAVERS"],
  "homelessness-16-17": ["HELP_AND_PROTECTION", "SIF_HELP_AND_PROTECTION"],
  "front-door": ["HELP_AND_PROTECTION", "SIF_HELP_AND_PROTECTION"],
  thresholds: ["HELP_AND_PROTECTION", "SIF_HELP_AND_PROTECTION"],
  "early-help": ["HELP_AND_PROTECTION", "SIF_HELP_AND_PROTECTION"],
  "child-protection-enquiries": ["HELP_AND_PROTECTION", "SIF_HELP_AND_PROTECTION"],
  "extra-familial-harm": ["HELP_AND_PROTECTION", "SIF_HELP_AND_PROTECTION"],
  "missing-children": ["HELP_AND_PROTECTION", "SIF_HELP_AND_PROTECTION"],
  "private-fostering": ["HELP_AND_PROTECTION", "SIF_HELP_AND_PROTECTION"],
  lado: ["HELP_AND_PROTECTION", "SIF_HELP_AND_PROTECTION"],
  "placement-stability-sufficiency": [
    "CHILDREN_IN_CARE",
    "CHILDREN_IN_CARE_AND_CARE_LEAVERS",
    "SIF_LOOKED_AFTER_AND_PERMANENCE",
  ],
  permanence: [
    "CHILDREN_IN_CARE",
    "CHILDREN_IN_CARE_AND_CARE_LEAVERS",
    "SIF_LOOKED_AFTER_AND_PERMANENCE",
    "SIF_ADOPTION_PERFORMANCE",
  ],
  "corporate-parenting": [
    "CHILDREN_IN_CARE",
    "CHILDREN_IN_CARE_AND_CARE_LEAVERS",
    "SIF_LOOKED_AFTER_AND_PERMANENCE",
  ],
  "leadership-governance": ["IMPACT_OF_LEADERS", "SIF_LEADERSHIP_MANAGEMENT_GOVERNANCE"],
  "performance-data": ["IMPACT_OF_LEADERS", "SIF_LEADERSHIP_MANAGEMENT_GOVERNANCE"],
  "quality-assurance": ["IMPACT_OF_LEADERS", "SIF_LEADERSHIP_MANAGEMENT_GOVERNANCE"],
  workforce: ["IMPACT_OF_LEADERS", "SIF_LEADERSHIP_MANAGEMENT_GOVERNANCE"],
};

/** The later grade that applies to a recommendation with these themes (its most central first), or null. */
export function judgementAreaGrade<G extends { area: string; grade: string }>(
  themes: readonly string[],
  judgements: readonly G[],
): G | null {
  const central = themes[0];
  if (central === undefined) return null;
  for (const area of AREA_OF_THEME[central] ?? []) {
    const judgement = judgements.find((j) => j.area === area);
    if (judgement) return judgement;
  }
  return null;
}
