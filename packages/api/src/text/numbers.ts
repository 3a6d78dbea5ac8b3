// Finding "a number followed by a phrase" ("37.5 hours", "40% of our time", "4x salary") in time
// linear in the text. The one-regex form, /(\d+(?:\.\d+)?)\s*hours/, is tried at every character
// of a run of digits and scans the rest of the run from each: quadratic (a 150 KB "Hours:" line of
// digits took ~20 s). Here the numbers are found once each, left to right, and the phrase is tried
// only where each ends.

/** A number in digits, "37.5" or "28". */
const DIGITS = /\d+(?:\.\d+)?/g;

/**
 * The first number `numbers` (a global regex) finds in `text` that `after` (a sticky regex) matches
 * right after, with the number's text; null when none is. Same result as /(number)after/ would give
 * for the adverts these parse, in one pass.
 */
export function numberFollowedBy(text: string, after: RegExp, numbers: RegExp = DIGITS): { number: string; index: number } | null {
  if (!after.sticky || !numbers.global) throw new Error("numberFollowedBy needs a sticky `after` and a global `numbers`");
  for (const match of text.matchAll(numbers)) {
    after.lastIndex = match.index + match[0].length;
    if (after.test(text)) return { number: match[0], index: match.index };
  }
  return null;
}
