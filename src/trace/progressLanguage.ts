/**
 * What a later report says outright about change since an earlier visit. Inspectors mark progress and its
 * absence in stock phrases; they weigh more than a sentence's polarity alone.
 */
export type Progress = "IMPROVED" | "PERSISTS" | null;

/** Change for the better: 'has improved', 'since the last inspection', 'has been addressed', 'now'. */
const IMPROVED =
  /\b(ha(s|ve) (been )?(significantly |considerably |much |greatly |substantially )?(improved|strengthened|addressed|resolved|tackled)|(is|are) (now|much|significantly) (improved|better|stronger)|improvements? (ha(s|ve) been|in|to)|(since|following) the (last|previous) (inspection|visit)|is now|are now|now (has|have|receive|receives|ensure|ensures)|no longer (a concern|the case)|made (good|strong|significant|considerable|sustained) progress)\b/iu;

/** No change: 'remains', 'continues to', 'still', 'not yet', 'recommended again'. */
const PERSISTS =
  /\b(remains?|remained|continues? to (be|need|require|lack)|still|not yet|yet to|as at the (last|previous) inspection|(has|have) not (improved|been addressed|progressed)|limited progress|little progress|no (significant |discernible )?(improvement|progress))\b/iu;

/** The progress a passage states, or null when it states none (a phrase of each kind cancels out). */
export function progressLanguage(text: string): Progress {
  const better = IMPROVED.test(text);
  const same = PERSISTS.test(text);
  if (better === same) return null;
  return better ? "IMPROVED" : "PERSISTS";
}
