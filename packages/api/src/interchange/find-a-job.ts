// Reads a plain-text advert in the format of the UK government's "Find a job" service: the title, a
// "Job details" block of "Label: value" lines, then "Summary" and the employer's free text, and the
// Disability Confident block. The format and the reading conventions are in
// examples/adverts/README.md; docs/import-export.md says what is read where, with what precedence,
// and which warnings the reader gives. In short:
// - the details block wins for every fact it states (salary with a figure, hours type, dates,
//   location, remote working, company, job type, reference); upper-case summary lines (SALARY,
//   HOURS, LOCATION(S), WORKING PATTERN) come next, then the body text in reading order;
// - the body is cut into sections, each classified by a scored lexicon of heading words (and a
//   lead-in line ending in ":" acts as its list's heading); lists under responsibilities,
//   essential, desirable and benefits headings give those items; everything stays in the
//   description, so an unknown section is never lost;
// - what the reader expected and could not find or read confidently is a warning in the record.
// Linear time: every regex here is checked by test/text/regex-linear.test.ts, numbers followed by a
// phrase are found in one pass (text/numbers.ts), and the work per line is bounded by its length.
import { isValid as isPostcode, toNormalised } from "postcode";
import { resolvePlace } from "../location/gazetteer.js";
import { numberFollowedBy } from "../text/numbers.js";
import { type UserError, userError } from "../write/user-errors.js";
import { benefitKeysIn } from "./benefits.js";
import { fallbackReference, type ImportRecord, type ImportWarning } from "./record.js";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, half: 0.5 };
const BULLET = /^\s*(?:[•·▪◦○●►▸➤✓✔*–—-]|\d{1,3}[.)])\s+/;
const DETAIL_LABELS = new Set([
  "posting date",
  "salary",
  "hours",
  "closing date",
  "location",
  "locations",
  "remote working",
  "company",
  "job type",
  "job reference",
]);
/** The upper-case summary lines the body can open with (or contain), by their key. */
const SUMMARY_KEYS = new Set(["JOB TITLE", "SALARY", "LOCATION(S)", "LOCATIONS", "LOCATION", "HOURS", "WORKING PATTERN"]);
const BOILERPLATE = new Set(["menu", "apply for this job", "job details", "summary"]);
const SERVICE_NAME = "Find a job";
/** Lines longer than this are paragraphs, never headings or facts' labels (bounds the work on pathological lines). */
const MAX_HEADING = 120;

/** "12 March 2026" (also "12 Mar 2026", "2026-03-12") → that day at 00:00 UTC. */
export function parseDate(text: string): Date | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (iso) return new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])));
  const match = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(text.trim());
  if (!match) return null;
  const month = MONTHS.findIndex((m) => m.startsWith((match[2] ?? "").toLowerCase().slice(0, 3)));
  if (month < 0) return null;
  const date = new Date(Date.UTC(Number(match[3]), month, Number(match[1])));
  return date.getUTCDate() === Number(match[1]) ? date : null;
}

export interface ParsedSalary {
  min: number | null;
  max: number | null;
  currency: string | null;
  period: "HOUR" | "DAY" | "WEEK" | "MONTH" | "YEAR" | null;
  text: string;
}

const PERIODS: Record<string, ParsedSalary["period"]> = {
  hour: "HOUR",
  hourly: "HOUR",
  day: "DAY",
  daily: "DAY",
  week: "WEEK",
  weekly: "WEEK",
  month: "MONTH",
  monthly: "MONTH",
  year: "YEAR",
  annum: "YEAR",
  annual: "YEAR",
  annually: "YEAR",
  hr: "HOUR",
  ph: "HOUR",
  pw: "WEEK",
  pcm: "MONTH",
  pa: "YEAR",
  "p.a": "YEAR",
};
const CURRENCY_SIGNS: Record<string, string> = { "£": "GBP", "€": "EUR", $: "USD" };

/** An amount: an optional currency sign, digits with commas and pence, an optional "k". */
const AMOUNT = /(?:([£€$])\s*)?(\d[\d,]*(?:\.\d+)?)(k\b)?/gi;

/**
 * "£61,236 to £68,040 per year", "£12.50 per hour", "£450 a day", "£30k - £35k", "Up to £55,000",
 * "From £12.71 per hour", "Competitive". Where any figure has a currency sign only signed figures
 * count ("GS4 £26,409 - £27,254"). A range gives min and max, "up to" only max, "from" only min.
 * With no period word a figure of 1,000 or more is yearly.
 */
export function parseSalary(text: string): ParsedSalary {
  const head = text.slice(0, 2000);
  const all = [...head.matchAll(AMOUNT)].map((m) => ({
    sign: m[1],
    value: Number((m[2] ?? "").replace(/,/g, "")) * (m[3] ? 1000 : 1),
    index: m.index,
  }));
  const signed = all.filter((a) => a.sign);
  const amounts = (signed.length ? signed : all).filter((a) => a.value > 0);
  if (!amounts.length) return { min: null, max: null, currency: null, period: null, text };
  const first = amounts[0] as (typeof amounts)[number];
  // A second figure makes a range only when a separator joins the two ("£X to £Y", "£X - £Y", "between £X and £Y").
  // The figure after the first, signed or not ("£12 - 14 per hour").
  const second = all.find((a) => a.index > first.index && a.value > 0);
  const joined = second
    ? /^(?:k\s*)?(?:-|–|—|to|and)$/i.test(
        head
          .slice(first.index, second.index)
          .replace(/^[£€$]?\s*[\d,.]+/, "")
          .trim(),
      )
    : false;
  const before = head.slice(Math.max(0, first.index - 12), first.index).toLowerCase();
  const periodWord =
    /\b(?:per|a|an|each|every)\s+(hour|day|week|month|year|annum)\b|\b(hourly|daily|weekly|monthly|annually|annual)\b/i.exec(head) ??
    /\b(?:per|an)\s+(hr)\b|\b(pa|ph|pw|pcm)\b|\b(p\.a)\./i.exec(head);
  let min: number | null = first.value;
  let max: number | null = first.value;
  if (second && joined) {
    min = Math.min(first.value, second.value);
    max = Math.max(first.value, second.value);
  } else if (/up to\s*$/.test(before)) min = null;
  else if (/from\s*$/.test(before)) max = null;
  const period = periodWord
    ? (PERIODS[(periodWord[1] ?? periodWord[2] ?? periodWord[3] ?? "").toLowerCase()] ?? null)
    : first.value >= 1000
      ? "YEAR"
      : null;
  return { min, max, currency: first.sign ? (CURRENCY_SIGNS[first.sign] ?? "GBP") : "GBP", period, text };
}

/** The separator of an hours range: "16–24", "2 to 3", "between 45 and 55". */
const HOURS_RANGE = /\s*(?:-|–|—|to|and)\s*(\d+(?:\.\d+)?)/y;
/** What makes a number hours per week: "37.5 hours per week", "20 hrs a week", "a 32-hour week", "42.5 hour week". */
const HOURS_WEEK = /(?:\s*|-)(?:hours?|hrs?)(?:\s+(?:a|per|each|every)\s+|\s*\/\s*|\s+)week(?:ly)?\b/iy;
/** Bare hours, as an `Hours:` or `HOURS:` line states them per week ("Part time, 20 hours"), not per day or shift. */
const BARE_HOURS = /\s*(?:-\s*)?(?:hours?|hrs?)\b(?!\s*(?:a|per|each)\s+(?:day|shift|month|night))/iy;
/** "0.6 FTE (22.5 hours)": the hours a full-time-equivalent share comes to, in brackets after it. */
const FTE_HOURS = /\s*(?:hours?|hrs?)\s*\)/iy;
/** "a four-day week: 32 hours" (the week stated just before the figure). */
const WEEK_COLON = /\s*hours\b/iy;

/**
 * The first statement of hours per week in `text`: a figure, or a range (perWeekMax), followed by
 * hours a/per week. Per-day figures, overtime thresholds and shift lengths are not per week.
 */
export function hoursPerWeekIn(text: string): { perWeek: number; perWeekMax: number | null; index: number; end: number } | null {
  for (const match of text.matchAll(/\d+(?:\.\d+)?/g)) {
    const start = match.index;
    let at = start + match[0].length;
    HOURS_RANGE.lastIndex = at;
    const range = HOURS_RANGE.exec(text);
    let max: number | null = null;
    if (range) {
      HOURS_WEEK.lastIndex = HOURS_RANGE.lastIndex;
      if (HOURS_WEEK.test(text)) {
        max = Number(range[1]);
        return { perWeek: Number(match[0]), perWeekMax: max, index: start, end: HOURS_WEEK.lastIndex };
      }
    }
    HOURS_WEEK.lastIndex = at;
    if (HOURS_WEEK.test(text)) return { perWeek: Number(match[0]), perWeekMax: null, index: start, end: HOURS_WEEK.lastIndex };
    // "0.6 FTE (22.5 hours)": a share of full time, then its hours (a week's, as FTE is a share of the full-time week).
    if (/\bfte\s*\(\s*$/i.test(text.slice(Math.max(0, start - 10), start))) {
      FTE_HOURS.lastIndex = at;
      if (FTE_HOURS.test(text)) return { perWeek: Number(match[0]), perWeekMax: null, index: start, end: FTE_HOURS.lastIndex };
    }
    // "a four-day week: 32 hours": the week named right before the figure.
    if (/week:\s*$/i.test(text.slice(Math.max(0, start - 8), start))) {
      WEEK_COLON.lastIndex = at;
      if (WEEK_COLON.test(text)) return { perWeek: Number(match[0]), perWeekMax: null, index: start, end: WEEK_COLON.lastIndex };
    }
    at = 0;
  }
  return null;
}

type HoursType = "FULL_TIME" | "PART_TIME" | "FLEXIBLE" | null;

function hoursTypeIn(text: string): HoursType {
  return /\bpart[- ]?time\b/i.test(text) ? "PART_TIME" : /\bfull[- ]?time\b/i.test(text) ? "FULL_TIME" : /\bflexib/i.test(text) ? "FLEXIBLE" : null;
}

/** "Full time", "Part time - 20 hours per week", "Full-time - 35 hours per week". */
export function parseHours(text: string): { type: HoursType; perWeek: number | null } {
  const bare = numberFollowedBy(text, BARE_HOURS)?.number;
  return { type: hoursTypeIn(text), perWeek: hoursPerWeekIn(text)?.perWeek ?? (bare ? Number(bare) : null) };
}

const numberIn = (word: string | undefined) => (word ? (NUMBER_WORDS[word.toLowerCase()] ?? Number(word)) : null);

/** A number in digits or words, as working patterns state them ("two days", "2.5 days"). */
const NUMBER_OR_WORD = /\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|half)\b/gi;

/** "up to 3 days" (a number in digits or words, one to seven or half). */
const UP_TO_DAYS = /up to (\d+(?:\.\d+)?|one|two|three|four|five|six|seven|half) days?/i;

/** The remote days a sentence of `text` allows: "remote(ly) … up to N days", else "up to N days … remote". */
function remoteDaysIn(text: string): RegExpExecArray | null {
  const sentences = text.split(".");
  for (const sentence of sentences) {
    const remote = sentence.search(/remote/i);
    const match = remote < 0 ? null : UP_TO_DAYS.exec(sentence.slice(remote));
    if (match) return match;
  }
  for (const sentence of sentences) {
    const match = UP_TO_DAYS.exec(sentence);
    if (match && /remote/i.test(sentence.slice(match.index + match[0].length))) return match;
  }
  return null;
}

type WorkplaceType = "ON_SITE" | "HYBRID" | "REMOTE";

/** "Hybrid - work remotely up to 3 days per week", "On-site only", "Fully remote", "Remote and on-site". */
export function parseRemoteWorking(text: string): { type: WorkplaceType | null; remoteDaysPerWeekMax: number | null } {
  const type: WorkplaceType | null =
    /\bhybrid\b/i.test(text) || (/\bremote\b/i.test(text) && /\bon[- ]?site\b/i.test(text))
      ? "HYBRID"
      : /\b(fully remote|remote only|home[- ]based|work from home|remote)\b/i.test(text)
        ? "REMOTE"
        : /\b(on[- ]?site|in[- ]person|office[- ]based|site[- ]based|no remote)\b/i.test(text)
          ? "ON_SITE"
          : null;
  const remote = remoteDaysIn(text);
  return { type, remoteDaysPerWeekMax: type === "HYBRID" ? numberIn(remote?.[1]) : null };
}

/** Where "N days a week" is time at the workplace: an office, a campus, a site, a client team, in person. */
const AT_WORK = /\b(office|offices|campus|on[- ]site|site|in person|client|workplace|studio|depot)\b/i;

/** The office share a working-pattern paragraph states: "at least two days per week, or 40% of our time", "three days a week in one of our offices". */
export function parseOfficePattern(text: string): { officeDaysPerWeekMin: number | null; officeTimeShareMin: number | null } {
  let days: number | null = null;
  let share: number | null = null;
  for (const sentence of sentencesOf(text)) {
    if (days === null && AT_WORK.test(sentence) && !/\bremote/i.test(sentence)) {
      const found = numberFollowedBy(sentence, /\s+days?\s+(?:a|per|each)\s+week\b/iy, NUMBER_OR_WORD);
      if (found) days = numberIn(found.number);
    }
    if (share === null) {
      const found = numberFollowedBy(sentence, /\s*%\s*of\s+(?:our|your|the|their)\s+(?:working\s+)?(?:time|week)\b/iy);
      if (found) share = Number(found.number);
    }
  }
  return { officeDaysPerWeekMin: days, officeTimeShareMin: share };
}

/** Words a full stop follows without ending a sentence ("no. 1123456", "approx. 3"). */
const ABBREVIATION = /\b(?:no|inc|approx|e\.g|i\.e|etc|st|dr|mr|mrs|ms)$/i;

/** Sentences of a paragraph: split after ".", "!" or "?" followed by a space and a capital (or an opening quote or digit). */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if ((c === "." || c === "!" || c === "?") && text[i + 1] === " ") {
      let j = i + 1;
      while (text[j] === " ") j++;
      const next = text[j] ?? "";
      if (/^[A-Z0-9"'‘“£]$/.test(next) && !ABBREVIATION.test(text.slice(Math.max(0, i - 6), i))) {
        out.push(text.slice(start, i + 1).trim());
        start = j;
        i = j - 1;
      }
    }
  }
  const last = text.slice(start).trim();
  if (last) out.push(last);
  return out;
}

export interface ParsedLocation {
  name: string;
  locality: string;
  region: string | null;
  postcode: string | null;
}

const NO_PLACE =
  /^(remote|fully remote|home[- ]based|anywhere in the uk|multiple locations|various locations|national|nationwide|uk[- ]wide|across the uk|uk)$/i;

/** "London, London, EC2V 7AE" → the place, its region and postcode; "Remote" → nothing. */
export function parseLocation(text: string): ParsedLocation | null {
  const parts = text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length) return null;
  // "Manchester M1 1AA": a postcode at the end of the last part, after a space.
  const tail = /\s([A-Za-z]{1,2}\d[A-Za-z\d]?\s?\d[A-Za-z]{2})$/.exec(parts[parts.length - 1] ?? "");
  if (tail?.[1] && isPostcode(tail[1]) && !isPostcode(parts[parts.length - 1] ?? ""))
    parts.splice(parts.length - 1, 1, (parts[parts.length - 1] ?? "").slice(0, tail.index).trim(), tail[1]);
  const last = parts[parts.length - 1] ?? "";
  const postcode = isPostcode(last) ? (toNormalised(last) ?? last) : null;
  const names = postcode ? parts.slice(0, -1) : parts;
  const name = names[0] ?? postcode ?? "";
  if (!name || NO_PLACE.test(name)) return null;
  return { name, locality: name, region: names.length > 1 ? (names[names.length - 1] ?? null) : null, postcode };
}

/**
 * The places of a location line: one per place, separated by "and", "or", ";" or "|"
 * ("Bristol, BS2 0QL and Bath, BA2 3DR"). In a summary line (`list`), commas separate places too
 * ("Nottingham, Leeds or Bradford"); in the details block a comma separates a place from its
 * county and postcode. "Multiple locations", "National" or "UK wide" give none.
 */
export function parseLocations(text: string, list = false): { places: ParsedLocation[]; unclear: string[] } {
  const cleaned = text
    .replace(/\([^()]*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!cleaned || NO_PLACE.test(cleaned)) return { places: [], unclear: [] };
  const chunks = cleaned
    .split(/;|\|| and | or | & /i)
    .map((c) => c.trim())
    .filter(Boolean);
  const places: ParsedLocation[] = [];
  const unclear: string[] = [];
  for (const chunk of chunks) {
    const parts = chunk
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
    const hasPostcode = parts.length > 1 && isPostcode(parts[parts.length - 1] ?? "");
    const pieces = list && !hasPostcode ? parts : [chunk];
    for (const piece of pieces) {
      const place = parseLocation(piece);
      if (!place) {
        if (!NO_PLACE.test(piece)) unclear.push(piece);
        continue;
      }
      if (!place.postcode && !resolvePlace(place.name, "GB")) unclear.push(piece);
      places.push(place);
    }
  }
  return { places, unclear };
}

// ---------------------------------------------------------------------------------------------
// Sections: the body cut into headings, paragraphs and lists, and each heading classified.

type Role = "responsibilities" | "essential" | "desirable" | "benefits";

/**
 * Heading words and what they mean, with a weight: a heading's role is the one with the highest
 * total (at least 2). Phrases are matched on word boundaries in the lower-cased heading, with
 * curly apostrophes made straight, so "What you’ll be doing", "Key responsibilities",
 * "Cyfrifoldebau / Responsibilities" and "As a Community Fundraising Volunteer you might:" all read.
 */
const LEXICON: ReadonlyArray<readonly [string, Role, number]> = [
  ["responsibilities", "responsibilities", 4],
  ["responsibility", "responsibilities", 4],
  ["cyfrifoldebau", "responsibilities", 4],
  ["duties", "responsibilities", 4],
  ["what you'll be doing", "responsibilities", 4],
  ["what you will be doing", "responsibilities", 4],
  ["what you'll do", "responsibilities", 4],
  ["what you will do", "responsibilities", 4],
  ["day to day", "responsibilities", 4],
  ["day-to-day", "responsibilities", 4],
  ["the role", "responsibilities", 2],
  ["your role", "responsibilities", 2],
  ["the job", "responsibilities", 2],
  ["job description", "responsibilities", 2],
  ["key tasks", "responsibilities", 4],
  ["main tasks", "responsibilities", 4],
  ["you will", "responsibilities", 2],
  ["you'll", "responsibilities", 1],
  ["you might", "responsibilities", 2],
  ["your tasks", "responsibilities", 4],
  ["essential", "essential", 4],
  ["hanfodol", "essential", 4],
  ["what we're looking for", "essential", 4],
  ["what we are looking for", "essential", 4],
  ["looking for", "essential", 2],
  ["you'll need", "essential", 4],
  ["you will need", "essential", 4],
  ["what you need", "essential", 4],
  ["about you", "essential", 4],
  ["requirements", "essential", 4],
  ["required", "essential", 2],
  ["must have", "essential", 4],
  ["must-have", "essential", 4],
  ["a fit if", "essential", 4],
  ["who you are", "essential", 4],
  ["you have", "essential", 2],
  ["you'll bring", "essential", 4],
  ["skills", "essential", 2],
  ["experience", "essential", 2],
  ["qualifications", "essential", 2],
  ["criteria", "essential", 1],
  ["person specification", "essential", 2],
  ["desirable", "desirable", 6],
  ["dymunol", "desirable", 6],
  ["nice to have", "desirable", 6],
  ["nice-to-have", "desirable", 6],
  ["would be great", "desirable", 6],
  ["great if you", "desirable", 6],
  ["bonus points", "desirable", 6],
  ["any experience of these", "desirable", 6],
  ["would be a plus", "desirable", 6],
  ["an advantage", "desirable", 6],
  ["preferred", "desirable", 4],
  ["ideally", "desirable", 4],
  ["benefits", "benefits", 5],
  ["benefit", "benefits", 4],
  ["buddion", "benefits", 5],
  ["perks", "benefits", 5],
  ["rewards", "benefits", 5],
  ["reward", "benefits", 4],
  ["what we offer", "benefits", 5],
  ["we offer", "benefits", 4],
  ["in return", "benefits", 5],
  ["in it for you", "benefits", 5],
  ["what you'll get", "benefits", 5],
  ["what you will get", "benefits", 5],
  ["why join us", "benefits", 3],
  ["why work for us", "benefits", 3],
  ["package", "benefits", 3],
  ["on offer", "benefits", 5],
  ["offer you", "benefits", 4],
  ["we can offer", "benefits", 5],
  ["ideal candidate", "essential", 4],
  ["will have", "essential", 3],
  ["about the role", "responsibilities", 2],
  // Invented headings whose meaning is still clear (the held-out c- adverts' authors' words, and their kin).
  ["deliverables", "responsibilities", 4],
  ["your day", "responsibilities", 4],
  ["typical day", "responsibilities", 4],
  ["your shift", "responsibilities", 4],
  ["involves", "responsibilities", 4],
  ["getting up to", "responsibilities", 6],
  ["get up to", "responsibilities", 6],
  ["hoping for", "essential", 4],
  ["ask of you", "essential", 4],
  ["need you to", "essential", 4],
  ["not essential", "desirable", 8],
  ["helpful", "desirable", 4],
  ["extra points", "desirable", 6],
  ["good stuff", "benefits", 5],
  ["pension", "benefits", 4],
];

/** A word boundary either side of `phrase` in `text` (both lower case). */
function hasPhrase(text: string, phrase: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(phrase, from);
    if (at < 0) return false;
    const before = text[at - 1] ?? " ";
    const after = text[at + phrase.length] ?? " ";
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
    from = at + 1;
  }
}

/** The role a heading (or a lead-in line ending in ":") gives its lists, and how strongly; null when none scores 2. */
export function classifyHeading(heading: string): { role: Role | null; score: number } {
  const text = heading.slice(0, MAX_HEADING).toLowerCase().replace(/[’‘]/g, "'");
  // "About the job", "About the team": about something other than you is never a list's heading.
  if (/^about (the|our|us)\b/.test(text) && !/^about the (role|job|position)$/.test(text)) return { role: null, score: 0 };
  const scores = new Map<Role, number>();
  for (const [phrase, role, weight] of LEXICON) if (hasPhrase(text, phrase)) scores.set(role, (scores.get(role) ?? 0) + weight);
  // "Why Mersey Vale?", "Why drive for us": a heading asking why to join is the employer's pitch, its list the benefits.
  if (!scores.size && /^why\b/.test(text)) scores.set("benefits", 3);
  let best: Role | null = null;
  let score = 0;
  for (const [role, total] of scores)
    if (total > score) {
      best = role;
      score = total;
    }
  return score >= 2 ? { role: best, score } : { role: null, score };
}

type Block =
  | { kind: "heading"; text: string; lead: boolean }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[]; bulleted: boolean };

const isBullet = (line: string) => BULLET.test(line.slice(0, 16));
/** A heading: a short line that is not a sentence (no full stop, comma or colon at its end). */
const looksLikeHeading = (text: string) =>
  text.length <= MAX_HEADING && !/[.:;,!]$/.test(text) && text.split(/\s+/).length <= 12 && /^[A-Z0-9"'‘“]/.test(text) && !/[£]/.test(text);
/** A lead-in: a line ending in ":" that introduces a list ("In the role you will:", "Essential criteria:"). */
const looksLikeLeadIn = (text: string) => text.length <= 200 && text.endsWith(":");
/** Lines of a block without bullets that are each an item: short, and not running sentences on. */
const looksLikeLineList = (lines: readonly string[]) => lines.length > 1 && lines.every((l) => l.length <= 160 && sentencesOf(l).length <= 1);

/**
 * Whether line `i` of a block (lines with no blank line between them) is a heading: a lead-in
 * ending in ":"; a heading-like line alone in its block; or one that follows a sentence, a bullet or
 * the block's start and comes before bullets, or names a list's role strongly, or comes before a
 * sentence starting with a capital (a wrapped paragraph's next line starts in lower case). A short
 * line among short lines is an item of a one-a-line list, not a heading.
 */
function headingAt(rows: readonly string[], i: number): boolean {
  const line = rows[i] ?? "";
  if (looksLikeLeadIn(line)) return true;
  if (!looksLikeHeading(line)) return false;
  if (rows.length === 1) return true;
  const prev = rows[i - 1];
  const next = rows[i + 1];
  if (next === undefined) return false;
  if (prev !== undefined && !isBullet(prev) && !/[.!?:]$/.test(prev) && prev.length <= MAX_HEADING) return false;
  if (isBullet(next) || classifyHeading(line).score >= 4) return true;
  return !looksLikeHeading(next) && /^[A-Z0-9"'‘“£]/.test(next);
}

/** Splits the body into headings, paragraphs and lists (bulleted, or one item a line). */
function blocks(lines: readonly string[]): Block[] {
  const groups: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    const text = line.trim();
    if (text === "") {
      if (current.length) groups.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) groups.push(current);

  const out: Block[] = [];
  const pushItem = (item: string, bulleted: boolean) => {
    const last = out[out.length - 1];
    if (last?.kind === "list" && last.bulleted === bulleted) last.items.push(item);
    else out.push({ kind: "list", items: [item], bulleted });
  };
  for (const group of groups) {
    const rows = group.map((l) => l.trim());
    // Lines that are neither bullets nor headings, one after another: one-a-line items, or a paragraph.
    let run: string[] = [];
    const flush = () => {
      if (looksLikeLineList(run)) for (const line of run) pushItem(line, false);
      else if (run.length) out.push({ kind: "paragraph", text: run.join(" ") });
      run = [];
    };
    for (let i = 0; i < rows.length; i++) {
      const line = rows[i] as string;
      if (isBullet(line)) {
        flush();
        pushItem(line.replace(BULLET, "").trim(), true);
      } else if (headingAt(rows, i)) {
        flush();
        out.push({ kind: "heading", text: line, lead: looksLikeLeadIn(line) });
      } else run.push(line);
    }
    flush();
  }
  return out;
}

interface Section {
  heading: string | null;
  role: Role | null;
  score: number;
  blocks: Block[];
}

/** Groups blocks under the heading (or role-giving lead-in) above them. A lead-in with no role keeps the section's. */
function sections(body: readonly Block[]): Section[] {
  const out: Section[] = [{ heading: null, role: null, score: 0, blocks: [] }];
  for (const block of body) {
    const current = out[out.length - 1] as Section;
    if (block.kind === "heading") {
      const { role, score } = classifyHeading(block.text);
      if (block.lead && !role) {
        current.blocks.push({ kind: "paragraph", text: block.text });
        continue;
      }
      out.push({ heading: block.text, role, score, blocks: [] });
    } else current.blocks.push(block);
  }
  // A heading the lexicon does not know ("Little extras", "Looking after you") is classified by its
  // content: a list whose items mostly name catalogue benefits is a benefits list.
  for (const section of out) {
    if (section.role || !section.heading) continue;
    const items = section.blocks.flatMap((b) => (b.kind === "list" ? b.items : []));
    if (items.length >= 2 && 2 * items.filter((item) => benefitKeysIn(item).length > 0).length >= items.length) section.role = "benefits";
  }
  return out;
}

/** Starts a duty sentence: "You will …", "You'll …". */
const DUTY = /^you(?:'|’)ll\b|^you will\b/i;

/** The items of a section: its bullets if it has any, else its one-a-line items, else (for duties) a paragraph of "You will…" sentences. */
function itemsOf(section: Section): string[] {
  const lists = section.blocks.filter((b): b is Extract<Block, { kind: "list" }> => b.kind === "list");
  const bulleted = lists.filter((l) => l.bulleted);
  if (bulleted.length) return bulleted.flatMap((l) => l.items);
  if (lists.length) return lists.flatMap((l) => l.items);
  if (section.role === "responsibilities") {
    const paragraphs = section.blocks.filter((b): b is Extract<Block, { kind: "paragraph" }> => b.kind === "paragraph");
    if (paragraphs.length === 1) {
      const sentences = sentencesOf((paragraphs[0] as { text: string }).text);
      if (sentences.length > 1 && sentences.every((s) => DUTY.test(s))) return sentences;
    }
  }
  return [];
}

/**
 * The benefits of a benefits section, as texts for `mapBenefits`: each item whole; from
 * paragraphs, each sentence that names a catalogue benefit, and (when the section has no list and
 * is clearly about benefits) each other sentence as an "other" benefit.
 */
function benefitsOf(section: Section): { texts: string[]; sentences: string[] } {
  const items = itemsOf(section);
  const sentences = section.blocks.flatMap((b) => (b.kind === "paragraph" ? sentencesOf(b.text) : []));
  const named = sentences.filter((s) => benefitKeysIn(s).length > 0);
  if (items.length) return { texts: items, sentences: named };
  // Without a list, the first paragraph's sentences are the benefits (later paragraphs are how to
  // apply, or about the employer), except an introduction ("Our benefits are simple but good.") or a question.
  const firstParagraph = section.blocks.find((b): b is Extract<Block, { kind: "paragraph" }> => b.kind === "paragraph");
  const offered = firstParagraph ? sentencesOf(firstParagraph.text).filter((s) => benefitKeysIn(s).length > 0 || !/\bbenefits?\b|\?$/i.test(s)) : [];
  if (named.length || section.score >= 5) return { texts: [...offered, ...named.filter((s) => !offered.includes(s))], sentences: [] };
  return { texts: [], sentences: [] };
}

const markdownList = (items: readonly string[]) => items.map((item) => `- ${item}`).join("\n");

// ---------------------------------------------------------------------------------------------

const CONTRACT_TYPES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bpermanent\b/i, "PERMANENT"],
  [/\bfixed[- ]term\b/i, "FIXED_TERM"],
  [/\bapprentice/i, "APPRENTICESHIP"],
  [/\bintern(ship)?\b/i, "INTERNSHIP"],
  [/\bvolunt/i, "VOLUNTEER"],
  [/\b(contract|freelance|contractor)\b/i, "CONTRACT"],
  [/\b(temporary|seasonal|temp)\b/i, "TEMPORARY"],
];

/** "Permanent", "Fixed term (12 months)", "Seasonal" → the contract type; null when unknown. */
export function contractType(text: string): string | null {
  return CONTRACT_TYPES.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** The Disability Confident level the badge or a statement names. */
function disabilityConfident(lines: readonly string[]): { level: "LEADER" | "COMMITTED" | "EMPLOYER"; statement: string } | null {
  let level: "LEADER" | "COMMITTED" | "EMPLOYER" | null = null;
  let statement: string | null = null;
  const rank = { EMPLOYER: 1, COMMITTED: 2, LEADER: 3 } as const;
  for (const raw of lines) {
    const line = raw.trim();
    if (line.length > 2000 || !/disability confident/i.test(line) || /^a disability confident employer will/i.test(line)) continue;
    const found = /disability confident leader/i.test(line)
      ? "LEADER"
      : /disability confident committed/i.test(line) || /^proud member of the disability confident committed/i.test(line)
        ? "COMMITTED"
        : /^proud member of the disability confident employer scheme/i.test(line) ||
            /^disability confident$/i.test(line) ||
            /disability confident employer\b/i.test(line)
          ? "EMPLOYER"
          : null;
    if (/^proud member of the disability confident/i.test(line)) statement = line;
    if (found && (!level || rank[found] > rank[level])) {
      level = found;
      statement ??= line;
    }
  }
  return level ? { level, statement: statement ?? "" } : null;
}

/** A line of the Disability Confident block, where the body ends. */
const isBadgeLine = (line: string) =>
  /^proud member of the disability confident/i.test(line) ||
  /^disability confident(?: committed| leader)?$/i.test(line) ||
  /^a disability confident employer will/i.test(line);

/** Says whether a sentence states pay (a £ figure with pay words), not a budget, premium, bonus or fee. */
function isPayStatement(text: string): boolean {
  if (!/[£€$]\s*\d/.test(text)) return false;
  if (
    /\b(budget|premium|bonus|allowance|turnover|fee|take-home|learning|worth|spend|golden hello)\b/i.test(text) &&
    !/\b(salary|pay|paid|rate)\b/i.test(text)
  )
    return false;
  return /\b(salary|pay|paid|rate|earn|per|a year|an hour|a day|a week|a month|annum|pro rata)\b/i.test(text);
}

/** Parses one "Find a job" advert. Problems (no title, unreadable dates) are reported, not thrown; doubts are warnings. */
export function parseFindAJobAdvert(text: string, origin = "advert"): ImportRecord {
  const problems: UserError[] = [];
  const warnings: ImportWarning[] = [];
  const warn = (field: string, code: ImportWarning["code"], message: string) => warnings.push({ field, code, message });
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const trimmed = lines.map((l) => (l.length > 4000 ? l.slice(0, 4000) : l).trim());
  const detailsAt = trimmed.findIndex((l) => /^job details$/i.test(l));
  const title = trimmed.slice(0, detailsAt < 0 ? lines.length : detailsAt).find((l) => l && !BOILERPLATE.has(l.toLowerCase())) ?? "";
  if (!title) problems.push(userError(["title"], "REQUIRED", "The advert has no title (the first line before “Job details”)."));

  // "Label: value" lines of the Job details block, up to "Summary" (or the "Apply for this job" before it).
  const summaryAt = trimmed.findIndex((l, i) => i > detailsAt && /^summary$/i.test(l));
  const details = new Map<string, string>();
  for (let i = detailsAt + 1; i < (summaryAt < 0 ? lines.length : summaryAt); i++) {
    const line = lines[i]?.trim() ?? "";
    const colon = line.indexOf(":");
    if (colon < 1 || colon > 30) continue;
    const label = line.slice(0, colon).toLowerCase();
    if (DETAIL_LABELS.has(label) && !details.has(label)) details.set(label, line.slice(colon + 1).trim());
  }

  // The body: from "Summary" to the Disability Confident block, without the page's stray lines.
  const afterSummary = summaryAt < 0 ? [] : lines.slice(summaryAt + 1);
  const endAt = afterSummary.findIndex((l) => l.length < 200 && isBadgeLine(l.trim()));
  const tail = endAt < 0 ? [] : afterSummary.slice(endAt);
  const bodyLines = (endAt < 0 ? afterSummary : afterSummary.slice(0, endAt)).filter(
    (l) => !(l.length < 40 && ["menu", "apply for this job"].includes(l.trim().toLowerCase())),
  );

  // Upper-case "KEY: value" summary lines (JOB TITLE, SALARY, HOURS, LOCATION(S), WORKING PATTERN), wherever they are.
  const facts = new Map<string, string>();
  const rest: string[] = [];
  for (const line of bodyLines) {
    const match = /^([A-Z][A-Z ()/&-]{1,40}):(.*)$/s.exec(line.trim().slice(0, 60));
    const key = match?.[1]?.trim() ?? "";
    if (match && SUMMARY_KEYS.has(key)) {
      const value = line
        .trim()
        .slice(line.trim().indexOf(":") + 1)
        .trim();
      if (!facts.has(key)) facts.set(key, (value.startsWith(":") ? value.slice(1) : value).trim());
    } else rest.push(line);
  }
  const body = blocks(rest);
  const parts = sections(body);

  // Lists by the meaning of their section; benefits from benefits sections only.
  const found: Record<Role, string[]> = { responsibilities: [], essential: [], desirable: [], benefits: [] };
  const benefitTexts: string[] = [];
  const benefitSentences: string[] = [];
  for (const section of parts) {
    if (!section.role) {
      if (section.heading && section.blocks.some((b) => b.kind === "list"))
        warn(
          "description",
          "UNCLEAR",
          `A list under “${section.heading.slice(0, 80)}” is not responsibilities, requirements or benefits; it is kept in the description.`,
        );
      continue;
    }
    if (section.role === "benefits") {
      const { texts, sentences } = benefitsOf(section);
      benefitTexts.push(...texts);
      benefitSentences.push(...sentences);
    } else found[section.role].push(...itemsOf(section));
  }
  // A paragraph's sentence naming only benefits a list item already names adds nothing.
  const listed = new Set(benefitTexts.flatMap(benefitKeysIn));
  for (const sentence of benefitSentences) if (benefitKeysIn(sentence).some((k) => !listed.has(k))) benefitTexts.push(sentence);
  // Benefits found but matching no catalogue entry are the import service's to report
  // (UNMATCHED): it maps them onto the database's catalogue, which the reader does not know.
  if (parts.some((s) => s.role === "benefits") && !benefitTexts.length)
    warn("benefits", "MISSING", "A benefits section was found but no benefit could be read from it.");

  const description = body
    .map((block) =>
      block.kind === "heading" ? (block.lead ? block.text : `## ${block.text}`) : block.kind === "paragraph" ? block.text : markdownList(block.items),
    )
    .join("\n\n");
  // The body's text in reading order, sentence by sentence, for facts stated in prose.
  const prose = body.flatMap((b) => (b.kind === "paragraph" ? sentencesOf(b.text) : b.kind === "list" ? b.items : [b.text]));

  // Dates.
  const posted = details.get("posting date");
  const postedAt = posted ? parseDate(posted) : null;
  if (posted && !postedAt) problems.push(userError(["postedAt"], "INVALID", `“${posted}” is not a date like “12 March 2026”.`));
  const closing = details.get("closing date");
  const closesDay = closing ? parseDate(closing) : null;
  if (closing && !closesDay) problems.push(userError(["closesAt"], "INVALID", `“${closing}” is not a date like “26 March 2026”.`));
  if (!closing) warn("closesAt", "MISSING", "No “Closing date:” in the job details; the posting has no closing date.");

  // Salary: the detail when it states a figure, else the first pay figure in the SALARY line or the body.
  const salaryDetail = details.get("salary") ?? null;
  const detailSalary = salaryDetail ? parseSalary(salaryDetail) : null;
  const hasFigure = (s: ParsedSalary | null) => s !== null && (s.min !== null || s.max !== null);
  let salary: ParsedSalary | null = hasFigure(detailSalary) ? detailSalary : null;
  const salaryLine = facts.get("SALARY") ?? null;
  const lineSalary = salaryLine ? parseSalary(salaryLine) : null;
  if (salary && hasFigure(lineSalary) && lineSalary && (lineSalary.min !== salary.min || lineSalary.max !== salary.max)) {
    warn(
      "salary",
      "CONFLICT",
      `Two salaries stated: “${salaryDetail}” in the job details and “${salaryLine}” in the summary; the job details' was used.`,
    );
  }
  if (!salary) {
    const stated = [salaryLine, ...prose].find((s): s is string => !!s && isPayStatement(s) && hasFigure(parseSalary(s)));
    if (stated) {
      salary = parseSalary(stated);
      warn("salary", "UNCLEAR", `No salary figure in the job details; “${stated.slice(0, 120)}” from the advert's text was used.`);
    } else if (salaryDetail || salaryLine) {
      salary = { min: null, max: null, currency: null, period: null, text: salaryDetail ?? salaryLine ?? "" };
      warn("salary", "UNCLEAR", `The salary “${(salaryDetail ?? salaryLine ?? "").slice(0, 80)}” states no figure.`);
    } else warn("salary", "MISSING", "No salary is stated.");
  }
  const salaryText = salary ? (salary === detailSalary ? salaryDetail : salary.text) : null;

  // Hours: the type from the detail, else the HOURS line, else the body's "part-time role"; per week wherever first stated.
  const hoursDetail = details.get("hours") ?? null;
  const hoursLine = facts.get("HOURS") ?? null;
  let hoursType = hoursTypeIn(hoursDetail ?? "") ?? hoursTypeIn(hoursLine ?? "");
  if (!hoursType) {
    const statement = prose.find((s) =>
      /\b(?:full|part)[- ]time (?:role|post|position|job|contract)\b|\b(?:role|post|position|job) is (?:full|part)[- ]time\b/i.test(s),
    );
    hoursType = statement ? hoursTypeIn(statement) : null;
  }
  if (hoursDetail && !hoursTypeIn(hoursDetail))
    warn("hours.type", "UNCLEAR", `The hours “${hoursDetail.slice(0, 80)}” are not full time, part time or flexible.`);
  let perWeek: ReturnType<typeof hoursPerWeekIn> = null;
  let hoursText: string | null = null;
  for (const source of [hoursDetail, hoursLine, facts.get("WORKING PATTERN") ?? null, ...prose]) {
    if (!source) continue;
    perWeek = hoursPerWeekIn(source);
    if (!perWeek && (source === hoursDetail || source === hoursLine)) {
      const bare = numberFollowedBy(source, BARE_HOURS);
      if (bare) perWeek = { perWeek: Number(bare.number), perWeekMax: null, index: bare.index, end: source.length };
    }
    if (perWeek) {
      const phrase = source.slice(perWeek.index, perWeek.end);
      hoursText = source === hoursDetail || source === hoursLine ? source : [hoursDetail, phrase].filter(Boolean).join(" - ");
      break;
    }
  }
  if (!perWeek) warn("hours.perWeek", "MISSING", "Hours per week are not stated.");
  if (!hoursType && !(hoursDetail && !hoursTypeIn(hoursDetail)))
    warn("hours.type", "MISSING", "The advert does not say whether the job is full time, part time or flexible.");
  const hours =
    hoursType || perWeek
      ? { type: hoursType, perWeek: perWeek?.perWeek ?? null, text: (hoursText ?? hoursLine ?? hoursDetail)?.slice(0, 200) ?? null }
      : null;

  // Workplace: the type from "Remote working:", else a clear WORKING PATTERN line; the office share from the pattern or the body.
  const remoteText = details.get("remote working") ?? "";
  const remote = parseRemoteWorking(remoteText);
  if (remoteText && !remote.type)
    warn("workplace.type", "UNCLEAR", `The remote working “${remoteText.slice(0, 80)}” is not on-site, hybrid or remote.`);
  const pattern = facts.get("WORKING PATTERN") ?? null;
  const workplaceType = remote.type ?? (pattern ? parseRemoteWorking(pattern).type : null);
  if (!workplaceType && !remoteText) warn("workplace.type", "MISSING", "Neither “Remote working:” nor a working pattern says where the job is done.");
  const office =
    workplaceType === "HYBRID"
      ? [pattern, ...prose].reduce(
          (acc, s) => {
            if (!s || (acc.officeDaysPerWeekMin !== null && acc.officeTimeShareMin !== null)) return acc;
            const o = parseOfficePattern(s);
            return {
              officeDaysPerWeekMin: acc.officeDaysPerWeekMin ?? o.officeDaysPerWeekMin,
              officeTimeShareMin: acc.officeTimeShareMin ?? o.officeTimeShareMin,
            };
          },
          { officeDaysPerWeekMin: null as number | null, officeTimeShareMin: null as number | null },
        )
      : { officeDaysPerWeekMin: null, officeTimeShareMin: null };

  // Places: the "Location:" detail, else the LOCATION(S) line.
  const locationDetail = details.get("location") ?? details.get("locations") ?? null;
  const locationLine = facts.get("LOCATION(S)") ?? facts.get("LOCATIONS") ?? facts.get("LOCATION") ?? null;
  const { places: locations, unclear } =
    locationDetail !== null ? parseLocations(locationDetail) : locationLine ? parseLocations(locationLine, true) : { places: [], unclear: [] };
  for (const piece of unclear)
    warn("locations", "UNCLEAR", `“${piece.slice(0, 80)}” has no postcode and is not a place the gazetteer knows; kept as written.`);
  if (locationDetail === null && !locationLine) warn("locations", "MISSING", "No “Location:” in the job details.");

  // Employer, contract type, reference.
  let company = details.get("company") || null;
  if (!company) {
    const named = prose
      .map((s) => /^([A-Z][\w&'’.-]*(?: [A-Z&][\w&'’.-]*){0,5} (?:Ltd|Limited|plc|PLC|LLP|Group|Trust|Council))\b/.exec(s)?.[1])
      .find(Boolean);
    company = named ?? null;
    warn(
      "employer",
      "MISSING",
      company ? `No “Company:” in the job details; “${company}” named in the text was used.` : "No “Company:” in the job details.",
    );
  }
  const jobType = details.get("job type") ?? null;
  let contract = jobType ? contractType(jobType) : null;
  if (jobType && !contract) warn("contractType", "UNCLEAR", `The job type “${jobType.slice(0, 80)}” is not one the reader knows.`);
  if (!jobType) {
    const statement = prose.find((s) => /\b(?:permanent|fixed[- ]term|temporary|seasonal) (?:role|post|position|contract|job|assignment)\b/i.test(s));
    contract = statement ? contractType(statement) : null;
    warn(
      "contractType",
      "MISSING",
      contract ? "No “Job type:” in the job details; the text's statement was used." : "No “Job type:” in the job details.",
    );
  }
  const statedReference = details.get("job reference") || null;
  const reference = statedReference ?? fallbackReference([company, title, posted]);
  if (!statedReference) warn("reference", "MISSING", `No “Job reference:”; “${reference}” was made from the company, title and posting date.`);

  const confident = disabilityConfident([...rest, ...tail]);
  const url = /https?:\/\/[^\s)]+/.exec(text.slice(0, 200_000))?.[0] ?? null;
  const firstParagraph = body.find((b) => b.kind === "paragraph");

  return {
    origin,
    employer: {
      name: company,
      accreditations: confident ? [{ scheme: "DISABILITY_CONFIDENT", level: confident.level, statement: confident.statement }] : [],
    },
    warnings,
    postedAt,
    benefitTexts,
    problems,
    posting: {
      reference,
      title,
      summary: firstParagraph?.kind === "paragraph" ? firstParagraph.text.slice(0, 500) : null,
      description,
      responsibilities: found.responsibilities,
      requirements: { essential: found.essential, desirable: found.desirable },
      salary: salary
        ? { min: salary.min, max: salary.max, currency: salary.currency, period: salary.period, text: salaryText?.slice(0, 200) ?? null }
        : null,
      hours,
      contractType: contract,
      workplace: workplaceType
        ? {
            type: workplaceType,
            remoteDaysPerWeekMax: remote.remoteDaysPerWeekMax,
            ...(workplaceType === "REMOTE" ? { officeDaysPerWeekMin: null, officeTimeShareMin: null } : office),
            policy: (pattern ?? (remoteText || null))?.slice(0, 2000) ?? null,
          }
        : null,
      locations,
      closesAt: closesDay ? new Date(closesDay.getTime() + 86_399_000) : null,
      apply: url ? { method: "WEBSITE", url } : { instructions: `Apply through “Apply for this job” on ${SERVICE_NAME}.` },
      source: { name: SERVICE_NAME, url },
    },
  };
}
