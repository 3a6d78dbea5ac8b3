// Benefits as adverts word them ("A generous pension contribution of up to 15%") mapped onto the
// benefit catalogue (seed/catalogue.ts): a key, the advert's words as `detail`, and a figure with
// its unit when the words state one. What matches no catalogue benefit is kept as text.
import type { BenefitUnit } from "../generated/prisma/enums.js";
import { numberFollowedBy } from "../text/numbers.js";

export interface MappedBenefit {
  key: string;
  detail: string;
  value: number | null;
  unit: BenefitUnit | null;
}

/** Catalogue key → how adverts mention it (and, when given, a second pattern the text must also match). Checked in this order; the first match names the benefit. */
const PATTERNS: ReadonlyArray<readonly [string, RegExp, RegExp?]> = [
  ["holiday-purchase", /\b(buy|purchase|sell)\b.{0,30}\b(holiday|leave|days|more)\b/i],
  ["parental-leave", /\b(parental|maternity|paternity|adoption|shared parental)\b/i],
  ["volunteering-leave", /\b(volunteering (leave|days?|time)|paid volunteering)\b/i],
  ["enhanced-sick-pay", /\bsick pay\b/i],
  ["pension", /\bpension/i],
  ["bonus", /\b(bonus|commission|profit share|golden hello)/i],
  ["share-scheme", /\b(share (scheme|save|incentive|plan|option)s?|sharesave|free shares)\b/i],
  ["life-assurance", /\b(life (assurance|insurance|cover)|death in service)\b/i],
  ["season-ticket-loan", /\bseason ticket/i],
  ["holiday", /\b(holiday|annual leave|days'? (of )?leave)\b/i],
  ["dental-insurance", /\bdental\b/i],
  ["private-healthcare", /\b(private (medical|health)|health(care)? (insurance|cover|plan)|healthcare)\b/i],
  ["employee-assistance", /\b(employee assistance|EAP)\b/i],
  ["gym-membership", /\b(gym|fitness)\b/i],
  ["wellbeing", /\bwell-?being\b/i],
  ["childcare-support", /\b(childcare|nurser(y|ies))\b/i],
  ["discounts", /\b(discount|blue light card)|\b\d+\s?% off\b/i],
  ["cycle-to-work", /\b(cycle[ -]to[ -]work|bike)\b/i],
  ["electric-car-scheme", /\b(electric (car|vehicle)|EV scheme)\b/i],
  ["hybrid-working", /\bhybrid working\b/i],
  ["flexible-working", /\b(flexible working|flexi-?time|flexible hours)\b/i],
  ["training-budget", /\b((training|learning|development|cpd) (budget|allowance)|to spend on learning|courses|training paid for)\b/i],
  [
    "study-support",
    /\b(study (support|leave)|tuition|sponsorship|sponsored qualifications?|professional qualifications?|funded (level \d+ )?(diploma|qualification|degree|nvq|hnc|hnd))\b/i,
  ],
  // "A fully funded Level 3 Multi-Channel Marketer apprenticeship", "Funded Best Interests Assessor and
  // Practice Educator qualifications": "funded" and the qualification both in the text (two linear
  // checks; one regex with a gap between them would backtrack polynomially).
  ["study-support", /\bfunded\b/i, /\b(apprenticeship|qualifications?|nvq|diploma|degree)\b/i],
];

/** Catalogue keys a text mentions, in PATTERNS order. */
export function benefitKeysIn(text: string): string[] {
  return [...new Set(PATTERNS.filter(([, pattern, also]) => pattern.test(text) && (!also || also.test(text))).map(([key]) => key))];
}

/** The figure a benefit's words state: "up to 15%" → 15 PERCENT, "28 days'" → 28 DAYS, "4x salary" → 4 MULTIPLE_OF_SALARY. */
export function benefitFigure(text: string): { value: number | null; unit: BenefitUnit | null } {
  // A number then the unit's words: numberFollowedBy finds it in linear time (text/numbers.ts).
  const figure = (after: RegExp, unit: BenefitUnit) => {
    const found = numberFollowedBy(text, after);
    return found ? { value: Number(found.number), unit } : null;
  };
  const pounds = /£\s*([\d,]+(?:\.\d+)?)/.exec(text);
  return (
    figure(/\s*%/y, "PERCENT") ??
    figure(/\s*(?:x|times)\s*(?:your\s+)?(?:annual\s+|basic\s+)?salary/iy, "MULTIPLE_OF_SALARY") ??
    figure(/\s*(?:working\s+)?days/iy, "DAYS") ??
    figure(/\s*weeks/iy, "WEEKS") ??
    figure(/\s*months/iy, "MONTHS") ??
    (pounds ? { value: Number(pounds[1]?.replace(/,/g, "")), unit: "GBP" as const } : { value: null, unit: null })
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Maps benefit bullets onto the catalogue. A bullet naming two benefits ("wellbeing initiatives
 * and generous parental leave policies") becomes two when each half names one; one that cannot be
 * split gives every benefit it names, with the whole bullet as each one's detail. A bullet naming
 * only benefits already taken adds nothing (its words stay in the description); one naming no
 * benefit `known` contains is kept as text in `other`.
 */
export function mapBenefits(texts: readonly string[], known: ReadonlySet<string>): { benefits: MappedBenefit[]; other: string[] } {
  const benefits: MappedBenefit[] = [];
  const other: string[] = [];
  const taken = new Set<string>();
  const add = (key: string | undefined, detail: string) => {
    if (!key || taken.has(key) || !known.has(key)) return false;
    taken.add(key);
    benefits.push({ key, detail, ...benefitFigure(detail) });
    return true;
  };
  for (const raw of texts) {
    const text = raw.trim();
    if (!text) continue;
    const keys = benefitKeysIn(text);
    if (keys.length > 1) {
      const parts = text.split(/\sand\s|;/).map((part) => capitalise(part.trim().replace(/[,.]$/, "")));
      const partKeys = parts.map((part) => benefitKeysIn(part));
      if (parts.length > 1 && partKeys.every((k) => k.length === 1) && new Set(partKeys.map((k) => k[0])).size === parts.length) {
        parts.forEach((part, index) => {
          if (!add(partKeys[index]?.[0], part)) other.push(part);
        });
        continue;
      }
    }
    // A sentence naming several benefits gives each of them ("NHS discounts, a cycle to work scheme and on-site nurseries").
    const added = keys.filter((key) => add(key, text));
    if (!added.length && !keys.some((key) => taken.has(key))) other.push(text);
  }
  return { benefits, other };
}
