// Reads schema.org JobPosting JSON-LD into import records: one object, an array, NDJSON, an
// ItemList, a @graph, or the `<script type="application/ld+json">` blocks of an HTML page. The
// description (HTML) becomes Markdown; Jobgraph's own `jobgraph:` properties (interchange/jsonld.ts),
// when present, restore what schema.org cannot say, so an export imports back without loss.
import { Parser } from "htmlparser2";
import sanitizeHtml from "sanitize-html";
import TurndownService from "turndown";
import { type UserError, userError } from "../write/user-errors.js";
import { fallbackReference, type ImportRecord } from "./record.js";

type Json = Record<string, unknown>;

const turndown = new TurndownService({ headingStyle: "atx", bulletListMarker: "-", codeBlockStyle: "fenced", emDelimiter: "*" });
// "- item" rather than turndown's "-   item", as Jobgraph's descriptions (and the seed) write lists.
turndown.addRule("listItem", {
  filter: "li",
  replacement: (content, node) => {
    const parent = node.parentNode as { nodeName: string; getAttribute?: (name: string) => string | null; children?: ArrayLike<unknown> } | null;
    const text = content
      .replace(/^\n+/, "")
      .replace(/(?<!\n)\n+$/, "")
      .replace(/\n/gm, "\n  ");
    let marker = "- ";
    if (parent?.nodeName === "OL") {
      const start = Number(parent.getAttribute?.("start") ?? 1);
      marker = `${start + Array.prototype.indexOf.call(parent.children ?? [], node)}. `;
    }
    return `${marker}${text}${node.nextSibling ? "\n" : ""}`;
  },
});

/**
 * Elements nested deeper than this are dropped (their text kept) before turndown reads the HTML:
 * its DOM recurses once per level (4,000 nested <div>s overflowed the stack) and takes time that
 * grows with the square of the depth (1,000 took ~5 s).
 */
const HTML_NESTING_LIMIT = 32;

/**
 * Longer HTML descriptions are not converted: twice the 50,000 characters a description may have,
 * so one that long is refused by the posting's validation (TOO_LONG) without being read first.
 */
const HTML_MAX_LENGTH = 100_000;

/** An HTML description as Markdown. */
export function htmlToMarkdown(html: string): string {
  // sanitize-html only to cap the nesting (one linear pass): every tag and attribute is kept.
  const bounded = sanitizeHtml(html, { allowedTags: false, allowedAttributes: false, allowVulnerableTags: true, nestingLimit: HTML_NESTING_LIMIT });
  return turndown.turndown(bounded).trim();
}

/** The JSON-LD blocks of an HTML page. */
export function jsonLdScripts(html: string): string[] {
  const scripts: string[] = [];
  let current: string[] | null = null;
  const parser = new Parser(
    {
      onopentag: (name, attributes) => {
        if (name === "script" && attributes.type?.trim().toLowerCase() === "application/ld+json") current = [];
      },
      ontext: (text) => current?.push(text),
      onclosetag: (name) => {
        if (name === "script" && current) {
          scripts.push(current.join(""));
          current = null;
        }
      },
    },
    { decodeEntities: false },
  );
  parser.write(html);
  parser.end();
  return scripts;
}

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const types = (node: Json) => [node["@type"]].flat().map(String);

/** Every JobPosting in a JSON-LD document, in document order (arrays, ItemLists and @graphs are flattened). */
export function jobPostingsIn(document: unknown): Json[] {
  if (Array.isArray(document)) return document.flatMap(jobPostingsIn);
  if (!isObject(document)) return [];
  if (types(document).includes("JobPosting")) return [document];
  if (Array.isArray(document["@graph"])) return jobPostingsIn(document["@graph"]);
  if (types(document).includes("ItemList")) {
    return [document.itemListElement]
      .flat()
      .flatMap((element) => jobPostingsIn(isObject(element) && isObject(element.item) ? element.item : element));
  }
  return [];
}

export interface ReadDocument {
  postings: Json[];
  /** Text that could not be read as JSON-LD, with where it was. */
  problems: Array<{ origin: string; message: string }>;
}

/** Reads a file's text: JSON, NDJSON (one JSON-LD document a line) or an HTML page with JSON-LD scripts. */
export function readJsonLdDocument(text: string, origin: string): ReadDocument {
  const trimmed = text.trim();
  const chunks = trimmed.startsWith("<")
    ? jsonLdScripts(trimmed).map((script, i) => ({ text: script, origin: `${origin} script ${i + 1}` }))
    : [{ text: trimmed, origin }];
  const postings: Json[] = [];
  const problems: ReadDocument["problems"] = [];
  for (const chunk of chunks) {
    try {
      postings.push(...jobPostingsIn(JSON.parse(chunk.text)));
    } catch (error) {
      // NDJSON: one document a line.
      const lines = chunk.text.split("\n");
      if (lines.length < 2) {
        problems.push({ origin: chunk.origin, message: `Not JSON: ${(error as Error).message}` });
        continue;
      }
      lines.forEach((line, i) => {
        if (!line.trim()) return;
        try {
          postings.push(...jobPostingsIn(JSON.parse(line)));
        } catch (lineError) {
          problems.push({ origin: `${chunk.origin} line ${i + 1}`, message: `Not JSON: ${(lineError as Error).message}` });
        }
      });
    }
  }
  return { postings, problems };
}

const text = (value: unknown): string | null => {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  if (isObject(value)) return text(value.name ?? value["@value"] ?? value.value);
  return null;
};
const texts = (value: unknown): string[] =>
  value == null
    ? []
    : [value]
        .flat()
        .flatMap((v) => (typeof v === "string" && !Array.isArray(value) && /\n|•/.test(v) ? v.split(/\n|•/) : [v]))
        .map(text)
        .filter((v): v is string => Boolean(v));
const num = (value: unknown): number | null => {
  const n = typeof value === "number" ? value : typeof value === "string" && value.trim() ? Number(value.replace(/[,£$€]/g, "")) : Number.NaN;
  return Number.isFinite(n) ? n : null;
};
const date = (value: unknown, field: string, problems: UserError[]): Date | null => {
  const raw = text(value);
  if (!raw) return null;
  const parsed = new Date(/^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T00:00:00Z` : raw);
  if (Number.isNaN(parsed.getTime())) {
    problems.push(userError([field], "INVALID", `“${raw.slice(0, 40)}” is not an ISO 8601 date.`));
    return null;
  }
  return parsed;
};
const jobgraph = (node: Json, name: string): Json | undefined => {
  const value = node[`jobgraph:${name}`];
  return isObject(value) ? value : undefined;
};

const UNIT_PERIODS: Record<string, string> = { HOUR: "HOUR", DAY: "DAY", WEEK: "WEEK", MONTH: "MONTH", YEAR: "YEAR", ANNUAL: "YEAR", ANNUM: "YEAR" };

function salaryOf(node: Json) {
  const own = jobgraph(node, "salary");
  if (own) return own;
  const base = node.baseSalary ?? node.estimatedSalary;
  const amount = isObject(base) ? base : Array.isArray(base) && isObject(base[0]) ? base[0] : null;
  if (!amount) return null;
  const value = isObject(amount.value) ? amount.value : { value: amount.value };
  const single = num(value.value);
  const min = num(value.minValue) ?? single;
  const max = num(value.maxValue) ?? single ?? min;
  const unit = text(value.unitText ?? amount.unitText)?.toUpperCase() ?? null;
  return { min, max: max ?? min, currency: text(amount.currency) ?? text(node.salaryCurrency), period: unit ? (UNIT_PERIODS[unit] ?? null) : null };
}

/** hours and contract from Google's employmentType values (when Jobgraph's own properties are absent). */
function employmentOf(node: Json) {
  const values = texts(node.employmentType).map((v) => v.toUpperCase().replace(/[\s-]+/g, "_"));
  const hoursType = values.includes("PART_TIME") ? "PART_TIME" : values.includes("FULL_TIME") ? "FULL_TIME" : null;
  const contractType = values.includes("CONTRACTOR")
    ? "CONTRACT"
    : values.includes("TEMPORARY")
      ? "TEMPORARY"
      : values.includes("INTERN")
        ? "INTERNSHIP"
        : values.includes("VOLUNTEER")
          ? "VOLUNTEER"
          : null;
  return { hoursType, contractType };
}

function locationsOf(node: Json) {
  return [node.jobLocation]
    .flat()
    .filter(isObject)
    .map((place) => {
      const address = isObject(place.address) ? place.address : {};
      const geo = isObject(place.geo) ? place.geo : {};
      const country = text(address.addressCountry);
      const name = text(place.name) ?? text(address.addressLocality) ?? text(address.addressRegion) ?? text(address.postalCode) ?? "";
      return {
        name,
        addressLine: text(address.streetAddress),
        locality: text(address.addressLocality),
        region: text(address.addressRegion),
        postcode: text(address.postalCode),
        countryCode: country && /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : country ? null : null,
        latitude: num(geo.latitude),
        longitude: num(geo.longitude),
      };
    });
}

/** One JobPosting as an import record. */
export function jobPostingToRecord(node: Json, origin: string): ImportRecord {
  const problems: UserError[] = [];
  const org = isObject(node.hiringOrganization) ? node.hiringOrganization : { name: node.hiringOrganization };
  const identifier = [node.identifier].flat().find((id) => isObject(id) || typeof id === "string");
  const title = text(node.title) ?? "";
  const employerName = text(org.name);
  const html = text(node.description) ?? "";
  const description = html.length <= HTML_MAX_LENGTH && /<[a-z][^<>]*>/i.test(html) ? htmlToMarkdown(html) : html;
  const postedAt = date(node.datePosted, "postedAt", problems);
  const closesAt = date(node.validThrough, "closesAt", problems);
  const reference =
    text(node["jobgraph:reference"]) ??
    text(isObject(identifier) ? identifier.value : identifier) ??
    fallbackReference([employerName, title, text(node.datePosted)]);
  const employment = employmentOf(node);
  const hours =
    jobgraph(node, "hours") ?? (employment.hoursType || node.workHours ? { type: employment.hoursType, text: text(node.workHours) } : null);
  const remote = texts(node.jobLocationType).some((t) => t.toUpperCase() === "TELECOMMUTE");
  const requirements = jobgraph(node, "requirements") ?? {
    essential: texts(node.qualifications ?? node.experienceRequirements),
    desirable: [],
  };
  const applyUrl = text(node.url);
  const apply = jobgraph(node, "apply") ?? (applyUrl ? { method: "WEBSITE", url: applyUrl, directApply: node.directApply === true } : null);
  const ownBenefits = node["jobgraph:benefits"];
  return {
    origin,
    employer: {
      name: employerName,
      slug: text(org["jobgraph:slug"]),
      websiteUrl: text(org.url) ?? text([org.sameAs].flat()[0]),
      logoUrl: text(org.logo),
      industry: text(node.industry),
      brands: texts(org["jobgraph:brands"]),
      accreditations: [org["jobgraph:accreditations"]].flat().filter(isObject) as never,
      benefits: [node["jobgraph:employerBenefits"]].flat().filter(isObject) as never,
    },
    // JSON-LD states its facts in fields of their own: nothing to warn of beyond validation.
    warnings: [],
    postedAt,
    // Jobgraph's own export names catalogue keys; anyone else's jobBenefits are mapped on import.
    benefitTexts: Array.isArray(ownBenefits) ? [] : texts(node.jobBenefits),
    problems,
    posting: {
      reference,
      title,
      summary: text(node["jobgraph:summary"]),
      description,
      team: text(node["jobgraph:team"]),
      responsibilities: texts(node.responsibilities),
      requirements,
      skills: texts(node.skills),
      salary: salaryOf(node),
      hours,
      contractType: text(node["jobgraph:contractType"]) ?? employment.contractType,
      workplace: jobgraph(node, "workplace") ?? (remote ? { type: "REMOTE" } : null),
      locations: locationsOf(node),
      closesAt,
      apply,
      ...(Array.isArray(ownBenefits) ? { benefits: ownBenefits, otherBenefits: texts(node["jobgraph:otherBenefits"]) } : {}),
      source: jobgraph(node, "source") ?? null,
    },
  };
}
