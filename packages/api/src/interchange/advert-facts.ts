// The facts a careful reader takes from a "Find a job" advert, in the form of the corpus's
// `*.expected.json` files (examples/adverts/README.md), and the one definition of "the reader got
// it right" that both the corpus test (test/interchange/advert-corpus.test.ts) and the report
// (`reportAdverts`, scripts/advert-report.ts) use: `extractFacts` turns an import record into those
// facts the way the import would store them (benefits mapped onto the catalogue by `mapBenefits`),
// and `compareFacts` compares each fact kind.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { BENEFIT_KEYS } from "../seed/catalogue.js";
import { mapBenefits } from "./benefits.js";
import { hoursPerWeekIn, parseFindAJobAdvert } from "./find-a-job.js";
import type { ImportRecord } from "./record.js";

export interface ExpectedFacts {
  title: string | null;
  employer: string | null;
  reference: string | null;
  postedAt: string | null;
  closesAt: string | null;
  salary: { min: number | null; max: number | null; period: string | null } | null;
  hours: { type: string | null; perWeek: number | null; perWeekMax: number | null } | null;
  contractType: string | null;
  workplace: {
    type: string | null;
    remoteDaysPerWeekMax: number | null;
    officeDaysPerWeekMin: number | null;
    officeTimeShareMin: number | null;
  } | null;
  locations: Array<{ name: string; postcode: string | null }>;
  benefits: string[];
  otherBenefits: string[];
  /** Prefixes (the first five words) of each item, in order. */
  responsibilities: string[];
  essential: string[];
  desirable: string[];
  disabilityConfident: string | null;
  /** Phrases the posting's description must contain. */
  description: string[];
}

/** What the reader gave, in the same shape; the lists hold whole items and the description is the whole text. */
export type ActualFacts = Omit<ExpectedFacts, "description"> & { description: string };

export const FACT_KINDS = [
  "title",
  "employer",
  "reference",
  "postedAt",
  "closesAt",
  "salary",
  "hours",
  "contractType",
  "workplace",
  "locations",
  "benefits",
  "otherBenefits",
  "responsibilities",
  "essential",
  "desirable",
  "disabilityConfident",
  "description",
] as const satisfies ReadonlyArray<keyof ExpectedFacts>;
export type FactKind = (typeof FACT_KINDS)[number];

export interface FactResult {
  kind: FactKind;
  ok: boolean;
  expected: unknown;
  actual: unknown;
}

const CATALOGUE = new Set(BENEFIT_KEYS);
const isoDay = (date: unknown) => (date instanceof Date ? date.toISOString().slice(0, 10) : null);
const num = (value: unknown) => (typeof value === "number" ? value : null);
const str = (value: unknown) => (typeof value === "string" ? value : null);

/** The record's facts as the import would store them (benefits mapped onto the catalogue, as `mapBenefits` does on import). */
export function extractFacts(record: ImportRecord): ActualFacts {
  const p = record.posting as Record<string, any>;
  const mapped = mapBenefits(record.benefitTexts, CATALOGUE);
  const own = ((p.benefits as Array<{ key: string }> | undefined) ?? []).map((b) => b.key);
  // A reference the reader made up (no "Job reference:" line) is flagged by a MISSING warning: the advert states none.
  const madeUp = record.warnings.some((w) => w.field === "reference" && w.code === "MISSING");
  // HoursInput has no maximum: a range ("16–24 hours per week") is kept in hours.text, and read back from it here.
  const range = p.hours?.text ? hoursPerWeekIn(p.hours.text) : null;
  const dc = record.employer.accreditations?.find((a) => a.scheme === "DISABILITY_CONFIDENT");
  return {
    title: str(p.title),
    employer: record.employer.name,
    reference: madeUp ? null : str(p.reference),
    postedAt: isoDay(record.postedAt),
    closesAt: isoDay(p.closesAt),
    salary:
      p.salary && (p.salary.min != null || p.salary.max != null)
        ? { min: num(p.salary.min), max: num(p.salary.max), period: str(p.salary.period) }
        : null,
    hours: p.hours
      ? { type: str(p.hours.type), perWeek: num(p.hours.perWeek), perWeekMax: range && range.perWeek === p.hours.perWeek ? range.perWeekMax : null }
      : null,
    contractType: str(p.contractType),
    workplace: p.workplace
      ? {
          type: str(p.workplace.type),
          remoteDaysPerWeekMax: num(p.workplace.remoteDaysPerWeekMax),
          officeDaysPerWeekMin: num(p.workplace.officeDaysPerWeekMin),
          // Stored in percent (0–100); the corpus writes a fraction.
          officeTimeShareMin: typeof p.workplace.officeTimeShareMin === "number" ? p.workplace.officeTimeShareMin / 100 : null,
        }
      : null,
    locations: ((p.locations as Array<{ name?: string; postcode?: string | null }> | undefined) ?? []).map((l) => ({
      name: l.name ?? "",
      postcode: l.postcode ?? null,
    })),
    benefits: [...new Set([...own, ...mapped.benefits.map((b) => b.key)])],
    otherBenefits: [...new Set([...((p.otherBenefits as string[] | undefined) ?? []), ...mapped.other])],
    responsibilities: (p.responsibilities as string[] | undefined) ?? [],
    essential: (p.requirements?.essential as string[] | undefined) ?? [],
    desirable: (p.requirements?.desirable as string[] | undefined) ?? [],
    disabilityConfident: dc?.level ?? null,
    description: str(p.description) ?? "",
  };
}

const NO_HOURS = { type: null, perWeek: null, perWeekMax: null };
const NO_WORKPLACE = { type: null, remoteDaysPerWeekMax: null, officeDaysPerWeekMin: null, officeTimeShareMin: null };
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sameSet = (a: readonly string[], b: readonly string[]) => {
  const [left, right] = [new Set(a), new Set(b)];
  return left.size === right.size && [...left].every((x) => right.has(x));
};
const prefixes = (expected: readonly string[], actual: readonly string[]) =>
  expected.length === actual.length && expected.every((prefix, i) => (actual[i] ?? "").startsWith(prefix));

/** Each fact kind: whether the reader's facts match the expected ones (lists of items by prefix, benefits as sets, description by phrase). */
export function compareFacts(expected: ExpectedFacts, actual: ActualFacts): FactResult[] {
  return FACT_KINDS.map((kind): FactResult => {
    const e = expected[kind];
    const a = actual[kind];
    let ok: boolean;
    switch (kind) {
      case "hours":
        ok = same(expected.hours ?? NO_HOURS, actual.hours ?? NO_HOURS);
        break;
      case "workplace":
        ok = same(expected.workplace ?? NO_WORKPLACE, actual.workplace ?? NO_WORKPLACE);
        break;
      case "benefits":
      case "otherBenefits":
        ok = sameSet(expected[kind], actual[kind]);
        break;
      case "responsibilities":
      case "essential":
      case "desirable":
        ok = prefixes(expected[kind], actual[kind]);
        break;
      case "description":
        ok = expected.description.every((phrase) => actual.description.includes(phrase));
        break;
      default:
        ok = same(e, a);
    }
    return { kind, ok, expected: e, actual: kind === "description" ? expected.description.filter((p) => !actual.description.includes(p)) : a };
  });
}

export interface CorpusAdvert {
  slug: string;
  text: string;
  expected: ExpectedFacts;
}

/** Every `<slug>.txt` in `folder` that has a `<slug>.expected.json` beside it, by slug. */
export async function readCorpus(folder: string): Promise<CorpusAdvert[]> {
  const names = (await readdir(folder)).filter((n) => n.endsWith(".txt")).sort();
  const adverts: CorpusAdvert[] = [];
  for (const name of names) {
    const slug = name.slice(0, -".txt".length);
    const expectedFile = path.join(folder, `${slug}.expected.json`);
    const expected = await readFile(expectedFile, "utf8").catch(() => null);
    if (expected === null) continue;
    adverts.push({ slug, text: await readFile(path.join(folder, name), "utf8"), expected: JSON.parse(expected) as ExpectedFacts });
  }
  return adverts;
}

/** Reads one corpus advert and compares its facts. */
export function checkAdvert(advert: CorpusAdvert): FactResult[] {
  return compareFacts(advert.expected, extractFacts(parseFindAJobAdvert(advert.text, advert.slug)));
}

/**
 * The corpus report: per fact kind, how many of the expected facts the reader extracted exactly,
 * the overall score, the adverts with a fact wrong, and the reader's throughput over 10,000
 * adverts (the corpus read repeatedly). Returns the text it would print.
 */
export async function reportAdverts(folder: string, throughputAdverts = 10_000): Promise<string> {
  const adverts = await readCorpus(folder);
  if (!adverts.length) return `No adverts with an .expected.json in ${folder}.\n`;
  const results = adverts.map((advert) => ({ slug: advert.slug, facts: checkAdvert(advert) }));
  const lines = [`Find a job reader over ${adverts.length} adverts in ${folder}`, ""];
  const width = Math.max(...FACT_KINDS.map((k) => k.length));
  let right = 0;
  for (const kind of FACT_KINDS) {
    const ok = results.filter((r) => r.facts.find((f) => f.kind === kind)?.ok).length;
    right += ok;
    lines.push(`${kind.padEnd(width)}  ${`${ok}/${adverts.length}`.padStart(7)}  ${((100 * ok) / adverts.length).toFixed(1).padStart(5)} %`);
  }
  const total = adverts.length * FACT_KINDS.length;
  lines.push("", `${"overall".padEnd(width)}  ${`${right}/${total}`.padStart(7)}  ${((100 * right) / total).toFixed(1).padStart(5)} %`);
  const wrong = results.flatMap((r) => r.facts.filter((f) => !f.ok).map((f) => `  ${r.slug}: ${f.kind}`));
  if (wrong.length) lines.push("", "Facts not extracted:", ...wrong);
  const started = performance.now();
  for (let i = 0; i < throughputAdverts; i++) {
    const advert = adverts[i % adverts.length] as CorpusAdvert;
    parseFindAJobAdvert(advert.text, advert.slug);
  }
  const seconds = (performance.now() - started) / 1000;
  lines.push("", `Throughput: ${throughputAdverts} adverts in ${seconds.toFixed(2)} s, ${Math.round(throughputAdverts / seconds)} adverts/s`);
  return `${lines.join("\n")}\n`;
}
