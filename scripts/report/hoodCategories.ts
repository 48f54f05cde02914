/**
 * The most common categories of SIF-era recommendations found by Hood, Nilsson and Habibi (Child & Family
 * Social Work, 2019), most common first, each mapped to the themes of our taxonomy that cover it. Their
 * categories are broader than our themes: 'casework' spans several of ours.
 */
export const HOOD_CATEGORIES = [
  { name: "performance management", themeIds: ["performance-data", "quality-assurance"] },
  {
    name: "casework",
    themeIds: ["assessments", "plans", "recording-chronologies", "voice-of-child", "drift-delay"],
  },
  {
    name: "oversight of practice",
    themeIds: ["management-oversight", "supervision", "independent-reviewing"],
  },
  { name: "multi-agency working", themeIds: ["partnership"] },
] as const;
