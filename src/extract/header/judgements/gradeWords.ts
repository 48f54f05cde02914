/**
 * The words of a grade, listed once: every pattern that finds grades in a judgement table, a headline or a
 * sentence is made from these.
 */

/** A grade of the schema as written, as a regular-expression source: 'requires improvement (to be good)', 'good', ... */
export const GRADE_WORDS = "requires?\\s+improvement(?:\\s+to\\s+be\\s+good)?|outstanding|good|inadequate";

/** 'Adequate': a grade before 2013, which has no place among the schema's grades. */
const OLD_GRADE = "adequate";

/**
 * Each word that may make up a grade, cut over lines at any word: 'Requires' / 'improvement to be' /
 * 'good'. 'to' and 'be' count so that a grade cut between them still reads as one phrase; a stray one
 * joins no phrase (see GRADE_PHRASE) and is dropped.
 */
const WORDS = `requires?|improvement|to|be|outstanding|good|inadequate|${OLD_GRADE}`;

/** Any word of a grade (global: for `matchAll`). */
export const GRADE_WORD = new RegExp(`\\b(?:${WORDS})\\b`, "gi");
/** A whole grade in a stream of grade words joined by single spaces (global: for `matchAll`). */
export const GRADE_PHRASE = new RegExp(`${GRADE_WORDS}|${OLD_GRADE}`, "gi");
/** A line of nothing but grade words. */
export const ONLY_GRADE_WORDS = new RegExp(`^(?:\\s*(?:${WORDS})\\b)+\\s*$`, "i");
