// Reads a plain-text advert in the format of the UK government's "Find a job" service (see
// examples/adverts/lloyds-machine-learning-engineer.txt): the title, a "Job details" block of "Label: value" lines,
// then "Summary" and the body, with bulleted lists, and the Disability Confident statement.
// Each fact goes where seed/advert.ts puts the sample's: job details → salary, hours, dates,
// locations, workplace, employer, contract type and reference; an upper-case "KEY: value" block at
// the top of the summary (HOURS, LOCATION(S), WORKING PATTERN) refines hours, places and the
// hybrid split; the body becomes the Markdown description, its bullet lists the responsibilities,
// essential and desirable requirements and benefits, chosen by the heading or lead-in above them.
import { isValid as isPostcode, toNormalised } from "postcode";
import { numberFollowedBy } from "../text/numbers.js";
import { type UserError, userError } from "../write/user-errors.js";
import { fallbackReference, type ImportRecord } from "./record.js";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, half: 0.5 };
const BULLET = /^\s*(?:[•·▪◦*-]|\d+[.)])\s+/;
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
const BOILERPLATE = new Set(["menu", "apply for this job", "job details", "summary"]);
const SERVICE_NAME = "Find a job";

type Block = { kind: "heading"; text: string } | { kind: "paragraph"; text: string } | { kind: "list"; items: string[] };

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
};
const CURRENCY_SIGNS: Record<string, string> = { "£": "GBP", "€": "EUR", $: "USD" };

/** "£61,236 to £68,040 per year", "£12.50 per hour", "£450 a day", "£30k - £35k", "Competitive". */
export function parseSalary(text: string): ParsedSalary {
  const amounts = [...text.matchAll(/(?:([£€$])\s*)?(\d[\d,]*(?:\.\d+)?)\s*(k\b)?/gi)]
    .map((m) => ({ sign: m[1], value: Number((m[2] ?? "").replace(/,/g, "")) * (m[3] ? 1000 : 1) }))
    .filter((a) => a.value > 0);
  const periodWord = /\b(?:per|a|an|each|every)\s+(hour|day|week|month|year|annum)\b|\b(hourly|daily|weekly|monthly|annually|annual)\b/i.exec(text);
  const sign = amounts.find((a) => a.sign)?.sign;
  if (!amounts.length) return { min: null, max: null, currency: null, period: null, text };
  const values = amounts.slice(0, 2).map((a) => a.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const period = periodWord ? (PERIODS[(periodWord[1] ?? periodWord[2] ?? "").toLowerCase()] ?? null) : min >= 1000 ? "YEAR" : null;
  return { min, max, currency: sign ? (CURRENCY_SIGNS[sign] ?? "GBP") : /\bGBP\b/.test(text) ? "GBP" : "GBP", period, text };
}

/** "Full time", "Part time - 20 hours per week", "Full-time - 35 hours per week". */
export function parseHours(text: string): { type: "FULL_TIME" | "PART_TIME" | "FLEXIBLE" | null; perWeek: number | null } {
  const type = /\bpart[- ]?time\b/i.test(text)
    ? "PART_TIME"
    : /\bfull[- ]?time\b/i.test(text)
      ? "FULL_TIME"
      : /\bflexib/i.test(text)
        ? "FLEXIBLE"
        : null;
  const perWeek = numberFollowedBy(text, /\s*(?:hours|hrs)\b/iy);
  return { type, perWeek: perWeek ? Number(perWeek.number) : null };
}

const numberIn = (word: string | undefined) => (word ? (NUMBER_WORDS[word.toLowerCase()] ?? Number(word)) : null);

// Every regex here runs in time linear in its input (test/text/regex-linear.test.ts checks each
// literal with recheck): a number followed by a phrase is found by numberFollowedBy (one pass),
// not by a regex tried at each digit, and "… [^.]* …" searches are split into sentences first.

/** A number in digits or words, as working patterns state them ("two days", "2.5 days"). */
const NUMBER_OR_WORD = /\d+(?:\.\d+)?|one|two|three|four|five|six|seven|half/gi;

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

/** "Hybrid - work remotely up to 3 days per week", "On-site only", "Fully remote". */
export function parseRemoteWorking(text: string): { type: "ON_SITE" | "HYBRID" | "REMOTE" | null; remoteDaysPerWeekMax: number | null } {
  const type = /\bhybrid\b/i.test(text)
    ? "HYBRID"
    : /\b(fully remote|remote only|home[- ]based|work from home|remote)\b/i.test(text)
      ? "REMOTE"
      : /\b(on[- ]?site|in[- ]person|office[- ]based|no remote)\b/i.test(text)
        ? "ON_SITE"
        : null;
  const remote = remoteDaysIn(text);
  return { type, remoteDaysPerWeekMax: type === "HYBRID" ? numberIn(remote?.[1]) : null };
}

/** The office share a working-pattern paragraph states: "at least two days per week, or 40% of our time". */
export function parseOfficePattern(text: string): { officeDaysPerWeekMin: number | null; officeTimeShareMin: number | null } {
  const days =
    /at least (\d+(?:\.\d+)?|one|two|three|four|five|six|seven|half) days?/i.exec(text)?.[1] ??
    numberFollowedBy(text, / days? (?:a|per) week (?:in|at) (?:the|our)/iy, NUMBER_OR_WORD)?.number;
  const share = numberFollowedBy(text, /\s*%\s*of (?:our|your|the|their) time/iy);
  return { officeDaysPerWeekMin: numberIn(days), officeTimeShareMin: share ? Number(share.number) : null };
}

/** "London, London, EC2V 7AE" → the place, its region and postcode; "Remote" → nothing. */
export function parseLocation(text: string): Record<string, string | null> | null {
  const parts = text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length) return null;
  const last = parts[parts.length - 1] ?? "";
  const postcode = isPostcode(last) ? (toNormalised(last) ?? last) : null;
  const names = postcode ? parts.slice(0, -1) : parts;
  const name = names[0] ?? postcode ?? "";
  if (!name || /^(remote|fully remote|home[- ]based|anywhere in the uk)$/i.test(name)) return null;
  return { name, locality: name, region: names.length > 1 ? (names[names.length - 1] ?? null) : null, postcode };
}

/** Splits the body into headings, paragraphs and bullet lists. */
function blocks(lines: readonly string[]): Block[] {
  const out: Block[] = [];
  const paragraphs: string[][] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) paragraphs.push(current);
    current = [];
  };
  for (const line of lines) {
    if (line.trim() === "") flush();
    else current.push(line);
  }
  flush();
  for (const para of paragraphs) {
    for (const line of para) {
      const text = line.trim();
      if (BULLET.test(line)) {
        const item = text.replace(BULLET, "").trim();
        const last = out[out.length - 1];
        if (last?.kind === "list") last.items.push(item);
        else out.push({ kind: "list", items: [item] });
      } else if (para.length === 1 && isHeading(text)) out.push({ kind: "heading", text });
      else {
        const last = out[out.length - 1];
        // Lines of one paragraph belong together.
        if (last?.kind === "paragraph" && para.indexOf(line) > 0) last.text += ` ${text}`;
        else out.push({ kind: "paragraph", text });
      }
    }
  }
  return out;
}

/** A heading: a short line that is not a sentence (no full stop or colon at the end). */
function isHeading(text: string): boolean {
  return text.length <= 70 && !/[.:;,!]$/.test(text) && text.split(/\s+/).length <= 10 && /^[A-Z0-9"'‘“]/.test(text);
}

type ListRole = "responsibilities" | "essential" | "desirable" | "benefits" | null;

function listRole(context: string): ListRole {
  if (/benefit|perks|rewards|package|what we offer|we offer|in return|what's in it/i.test(context)) return "benefits";
  if (/desirable|nice to have|would be great|great if|bonus if|advantage|any experience of|ideally/i.test(context)) return "desirable";
  if (
    /doing|responsibilit|duties|day[- ]to[- ]day|the role|you will|you'll|what you'll do|key tasks|main tasks/i.test(context) &&
    !/looking for|need to have|requirement/i.test(context)
  )
    return "responsibilities";
  if (
    /looking for|requirement|essential|skills|experience|about you|you have|you'll need|you will need|you'll bring|qualifications|criteria/i.test(
      context,
    )
  )
    return "essential";
  return null;
}

const list = (items: readonly string[]) => items.map((item) => `- ${item}`).join("\n");

/** Parses one "Find a job" advert. Problems (no title, unreadable dates) are reported, not thrown. */
export function parseFindAJobAdvert(text: string, origin = "advert"): ImportRecord {
  const problems: UserError[] = [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const meaningful = lines.map((l) => l.trim());
  const detailsAt = meaningful.findIndex((l) => /^job details$/i.test(l));
  const title = meaningful.slice(0, detailsAt < 0 ? lines.length : detailsAt).find((l) => l && !BOILERPLATE.has(l.toLowerCase())) ?? "";
  if (!title) problems.push(userError(["title"], "REQUIRED", "The advert has no title (the first line before “Job details”)."));

  // "Label: value" lines of the Job details block, up to "Summary".
  const summaryAt = meaningful.findIndex((l, i) => i > detailsAt && /^summary$/i.test(l));
  const details = new Map<string, string>();
  for (const line of meaningful.slice(detailsAt + 1, summaryAt < 0 ? undefined : summaryAt)) {
    const match = /^([A-Za-z ]+):(.*)$/s.exec(line);
    if (match && DETAIL_LABELS.has((match[1] ?? "").toLowerCase())) details.set((match[1] ?? "").toLowerCase(), (match[2] ?? "").trim());
  }

  // The body: from "Summary" to the Disability Confident statement or the last "Apply for this job".
  let bodyLines = summaryAt < 0 ? [] : lines.slice(summaryAt + 1);
  const endAt = bodyLines.findIndex(
    (l) => /disability confident/i.test(l) && /^(proud|we are|a disability confident|disability confident$)/i.test(l.trim()),
  );
  const tail = endAt < 0 ? [] : bodyLines.slice(endAt);
  if (endAt >= 0) bodyLines = bodyLines.slice(0, endAt);
  while (bodyLines.length && ["", "apply for this job"].includes((bodyLines[bodyLines.length - 1] ?? "").trim().toLowerCase())) bodyLines.pop();

  // Upper-case "KEY: value" lines opening the summary (JOB TITLE, SALARY, HOURS, LOCATION(S), WORKING PATTERN).
  const facts = new Map<string, string>();
  let bodyStart = 0;
  for (let i = 0; i < bodyLines.length; i++) {
    const line = (bodyLines[i] ?? "").trim();
    if (line === "") continue;
    const match = /^([A-Z][A-Z ()/&-]{1,40}):(.*)$/s.exec(line);
    if (!match) break;
    const value = (match[2] ?? "").trim();
    facts.set((match[1] ?? "").trim(), (value.startsWith(":") ? value.slice(1) : value).trim());
    bodyStart = i + 1;
  }
  const body = blocks(bodyLines.slice(bodyStart));

  // Description, and the lists picked out by what introduces them.
  const responsibilities: string[] = [];
  const essential: string[] = [];
  const desirable: string[] = [];
  const benefitTexts: string[] = [];
  let heading = "";
  let lead = "";
  for (const block of body) {
    if (block.kind === "heading") {
      heading = block.text;
      lead = "";
    } else if (block.kind === "paragraph") lead = block.text;
    else {
      const role = (lead.endsWith(":") ? listRole(lead) : null) ?? listRole(heading) ?? listRole(lead);
      (({ responsibilities, essential, desirable, benefits: benefitTexts }) as Record<string, string[]>)[role ?? ""]?.push(...block.items);
    }
  }
  const description = body
    .map((block) => (block.kind === "heading" ? `## ${block.text}` : block.kind === "paragraph" ? block.text : list(block.items)))
    .join("\n\n");

  const posted = details.get("posting date");
  const postedAt = posted ? parseDate(posted) : null;
  if (posted && !postedAt) problems.push(userError(["postedAt"], "INVALID", `“${posted}” is not a date like “12 March 2026”.`));
  const closing = details.get("closing date");
  const closesDay = closing ? parseDate(closing) : null;
  if (closing && !closesDay) problems.push(userError(["closesAt"], "INVALID", `“${closing}” is not a date like “26 March 2026”.`));

  const salaryText = details.get("salary") ?? facts.get("SALARY") ?? null;
  const salary = salaryText ? parseSalary(salaryText) : null;
  const hoursLabel = details.get("hours") ?? null;
  const hoursFact = facts.get("HOURS") ?? null;
  const hours = parseHours([hoursLabel, hoursFact].filter(Boolean).join(" - "));
  const remoteText = details.get("remote working") ?? "";
  const remote = parseRemoteWorking(remoteText);
  const pattern = facts.get("WORKING PATTERN") ?? null;
  const office = pattern ? parseOfficePattern(pattern) : { officeDaysPerWeekMin: null, officeTimeShareMin: null };
  const workplaceType = remote.type ?? (pattern ? parseRemoteWorking(pattern).type : null);

  // Places: the job details' location(s), then any others the summary names ("London or Bristol").
  const locations = (details.get("location") ?? details.get("locations") ?? "")
    .split(/;|\s\|(?=\s)/)
    .map(parseLocation)
    .filter((l): l is NonNullable<typeof l> => l !== null);
  const others = (facts.get("LOCATION(S)") ?? facts.get("LOCATIONS") ?? facts.get("LOCATION") ?? "")
    .split(/,|;|\bor\b|\band\b|\//i)
    .map((n) => n.trim())
    .filter((n) => n && !/^(remote|hybrid|uk|home)$/i.test(n));
  for (const name of others) {
    if (!locations.some((l) => l.name?.toLowerCase() === name.toLowerCase())) locations.push({ name, locality: name, region: null, postcode: null });
  }

  const company = details.get("company") ?? null;
  const reference = details.get("job reference") || fallbackReference([company, title, posted]);
  const confident = tail.find((l) => /disability confident/i.test(l) && l.trim().length > "Disability Confident".length)?.trim() ?? null;
  const level = confident
    ? /\bleader\b/i.test(confident)
      ? "LEADER"
      : /\bcommitted\b/i.test(confident)
        ? "COMMITTED"
        : /\bemployer\b/i.test(confident)
          ? "EMPLOYER"
          : null
    : null;
  const url = /https?:\/\/\S+/.exec(text)?.[0] ?? null;
  const firstParagraph = body.find((b) => b.kind === "paragraph");

  return {
    origin,
    employer: {
      name: company,
      accreditations: tail.length ? [{ scheme: "DISABILITY_CONFIDENT", level, statement: confident }] : [],
    },
    warnings: [],
    postedAt,
    benefitTexts,
    problems,
    posting: {
      reference,
      title,
      summary: firstParagraph?.kind === "paragraph" ? firstParagraph.text.slice(0, 500) : null,
      description,
      responsibilities,
      requirements: { essential, desirable },
      salary: salary ? { ...salary, text: salaryText } : null,
      hours: hours.type || hours.perWeek ? { ...hours, text: hoursFact ?? hoursLabel } : null,
      contractType: contractType(details.get("job type") ?? ""),
      workplace: workplaceType
        ? {
            type: workplaceType,
            remoteDaysPerWeekMax: remote.remoteDaysPerWeekMax,
            ...(workplaceType === "REMOTE" ? {} : office),
            policy: pattern ?? (remoteText || null),
          }
        : null,
      locations,
      closesAt: closesDay ? new Date(closesDay.getTime() + 86_399_000) : null,
      apply: url ? { method: "WEBSITE", url } : { instructions: `Apply through “Apply for this job” on ${SERVICE_NAME}.` },
      source: { name: SERVICE_NAME, url },
    },
  };
}

function contractType(text: string): string | null {
  if (/permanent/i.test(text)) return "PERMANENT";
  if (/fixed[- ]term/i.test(text)) return "FIXED_TERM";
  if (/apprentice/i.test(text)) return "APPRENTICESHIP";
  if (/intern/i.test(text)) return "INTERNSHIP";
  if (/volunt/i.test(text)) return "VOLUNTEER";
  if (/contract|freelance/i.test(text)) return "CONTRACT";
  if (/temporary|seasonal|temp\b/i.test(text)) return "TEMPORARY";
  return null;
}
