// A posting as schema.org JobPosting JSON-LD: what search engines (Google for Jobs) and job boards
// read. Every property Google's job-posting guidelines require, and every recommended one the
// posting has data for. What schema.org cannot say (the hybrid split, hours apart from the
// contract, the permanent/fixed-term distinction, catalogue benefit keys, accreditations such as
// Disability Confident) goes in `jobgraph:` properties, which consumers that do not know them
// ignore, and which make an export re-importable without loss.
import type { Organization, Place, JobPosting as SchemaJobPosting, WithContext } from "schema-dts";
import type { Prisma } from "../generated/prisma/client.js";
import type { ContractType, HoursType } from "../generated/prisma/enums.js";
import { toNumber } from "../graphql/decimal.js";

/** The namespace of Jobgraph's own JSON-LD properties. */
export const JOBGRAPH_NS = "https://jobgraph.dev/ns#";
export const JSON_LD_CONTEXT = ["https://schema.org", { jobgraph: JOBGRAPH_NS }] as const;

/** What `postingToJsonLd` needs loaded with a posting. */
export const jsonLdInclude = {
  employer: {
    select: {
      name: true,
      slug: true,
      websiteUrl: true,
      logoUrl: true,
      industry: true,
      brands: true,
      accreditations: { orderBy: { scheme: "asc" } },
      benefits: { orderBy: { position: "asc" }, include: { benefit: { select: { key: true, name: true } } } },
    },
  },
  locations: { orderBy: { position: "asc" }, include: { location: true } },
  benefits: { orderBy: { position: "asc" }, include: { benefit: { select: { key: true, name: true } } } },
} as const satisfies Prisma.PostingInclude;

export type JsonLdPosting = Prisma.PostingGetPayload<{ include: typeof jsonLdInclude }>;

/** A JobPosting with Jobgraph's extension properties. */
export type JobPostingJsonLd = Omit<WithContext<SchemaJobPosting>, "@context"> & {
  "@context": typeof JSON_LD_CONTEXT;
  [jobgraphProperty: `jobgraph:${string}`]: unknown;
};

/** Google's employmentType values for hours and contract (PERMANENT and FIXED_TERM have none). */
const HOURS_EMPLOYMENT: Record<HoursType, string> = { FULL_TIME: "FULL_TIME", PART_TIME: "PART_TIME", FLEXIBLE: "OTHER" };
const CONTRACT_EMPLOYMENT: Partial<Record<ContractType, string>> = {
  CONTRACT: "CONTRACTOR",
  TEMPORARY: "TEMPORARY",
  FIXED_TERM: "TEMPORARY",
  INTERNSHIP: "INTERN",
  VOLUNTEER: "VOLUNTEER",
  APPRENTICESHIP: "OTHER",
};

/** Drops null, undefined and empty arrays/objects, so the JSON-LD states only what is known. */
function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(
      ([, v]) => v != null && !(Array.isArray(v) && v.length === 0) && !(typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 0),
    ),
  ) as T;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** The posting's benefits as a job seeker reads them: its own, then the employer's it does not override. */
function offeredBenefits(posting: JsonLdPosting) {
  const own = posting.benefits.map((b) => ({ ...b, source: "POSTING" as const }));
  const ownKeys = new Set(own.map((b) => b.benefit.key));
  const inherited = posting.employer.benefits.filter((b) => !ownKeys.has(b.benefit.key)).map((b) => ({ ...b, source: "EMPLOYER" as const }));
  return [...own, ...inherited];
}

/** Characters that would end a `<script>` element or a JavaScript string, as JSON escapes. */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * JSON-LD as text to put inside `<script type="application/ld+json">` as is: `<`, `>`, `&` and
 * U+2028/U+2029 are written as `\u003c` etc. (the same JSON to a parser), so no value — a title of
 * `</script><script>…` — can close the element or open a comment.
 */
export function jsonLdScriptText(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE_IN_SCRIPT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** schema.org JobPosting JSON-LD for a posting (see the module comment). */
export function postingToJsonLd(posting: JsonLdPosting): JobPostingJsonLd {
  const employer = posting.employer;
  const remote = posting.workplaceType === "REMOTE";
  const min = toNumber(posting.salaryMin);
  const max = toNumber(posting.salaryMax);
  const employmentType = [
    ...(posting.hoursType ? [HOURS_EMPLOYMENT[posting.hoursType]] : []),
    ...(posting.contractType && CONTRACT_EMPLOYMENT[posting.contractType] ? [CONTRACT_EMPLOYMENT[posting.contractType] as string] : []),
  ];
  const countries = [...new Set(posting.locations.map((l) => l.location.countryCode))];
  const benefits = offeredBenefits(posting);
  const hoursPerWeek = toNumber(posting.hoursPerWeek);

  const organization: Organization = compact({
    "@type": "Organization" as const,
    name: employer.name,
    sameAs: employer.websiteUrl,
    url: employer.websiteUrl,
    logo: employer.logoUrl,
    "jobgraph:slug": employer.slug,
    "jobgraph:brands": employer.brands,
    "jobgraph:accreditations": employer.accreditations.map((a) => compact({ scheme: a.scheme, level: a.level, statement: a.statement })),
  }) as Organization;

  const places = posting.locations.map(({ location: l }) =>
    compact({
      "@type": "Place" as const,
      name: l.name,
      address: compact({
        "@type": "PostalAddress" as const,
        streetAddress: l.addressLine,
        addressLocality: l.locality ?? l.name,
        addressRegion: l.region,
        postalCode: l.postcode,
        addressCountry: l.countryCode,
      }),
      geo: l.latitude != null && l.longitude != null ? { "@type": "GeoCoordinates" as const, latitude: l.latitude, longitude: l.longitude } : null,
    }),
  ) as Place[];

  return compact({
    "@context": JSON_LD_CONTEXT,
    "@type": "JobPosting" as const,
    title: posting.title,
    // Rendered when the description was written and stored (text/markdown.ts): never rendered here.
    description: posting.descriptionHtml ?? "",
    datePosted: iso(posting.postedAt),
    validThrough: iso(posting.closesAt),
    hiringOrganization: organization,
    jobLocation: places,
    jobLocationType: remote ? "TELECOMMUTE" : null,
    applicantLocationRequirements: remote ? (countries.length ? countries : ["GB"]).map((name) => ({ "@type": "Country" as const, name })) : null,
    employmentType,
    baseSalary:
      min != null || max != null
        ? {
            "@type": "MonetaryAmount" as const,
            currency: posting.salaryCurrency ?? "GBP",
            value: compact({
              "@type": "QuantitativeValue" as const,
              ...(min != null && max != null && min === max ? { value: min } : { minValue: min, maxValue: max }),
              unitText: posting.salaryPeriod,
            }),
          }
        : null,
    identifier: { "@type": "PropertyValue" as const, name: employer.name, value: posting.reference },
    directApply: posting.directApply,
    url: posting.applyUrl ?? posting.sourceUrl,
    industry: employer.industry,
    workHours: posting.hoursText ?? (hoursPerWeek != null ? `${hoursPerWeek} hours per week` : null),
    jobBenefits: [...benefits.map((b) => b.detail ?? b.benefit.name), ...posting.otherBenefits],
    skills: posting.skills,
    qualifications: posting.requirementsEssential,
    responsibilities: posting.responsibilities,
    // What schema.org has no property for, in Jobgraph's terms (see docs/import-export.md).
    "jobgraph:reference": posting.reference,
    "jobgraph:status": posting.status,
    "jobgraph:summary": posting.summary,
    "jobgraph:team": posting.team,
    "jobgraph:requirements": compact({ essential: posting.requirementsEssential, desirable: posting.requirementsDesirable }),
    "jobgraph:salary": compact({ min, max, currency: posting.salaryCurrency, period: posting.salaryPeriod, text: posting.salaryText }),
    "jobgraph:hours": compact({ type: posting.hoursType, perWeek: hoursPerWeek, text: posting.hoursText }),
    "jobgraph:contractType": posting.contractType,
    "jobgraph:workplace": compact({
      type: posting.workplaceType,
      remoteDaysPerWeekMax: toNumber(posting.remoteDaysPerWeekMax),
      officeDaysPerWeekMin: toNumber(posting.officeDaysPerWeekMin),
      officeTimeShareMin: toNumber(posting.officeTimeShareMin),
      policy: posting.workplacePolicy,
    }),
    "jobgraph:benefits": posting.benefits.map((b) => compact({ key: b.benefit.key, detail: b.detail, value: toNumber(b.value), unit: b.unit })),
    "jobgraph:employerBenefits": employer.benefits.map((b) =>
      compact({ key: b.benefit.key, detail: b.detail, value: toNumber(b.value), unit: b.unit }),
    ),
    "jobgraph:otherBenefits": posting.otherBenefits,
    "jobgraph:apply": compact({
      method: posting.applyMethod,
      url: posting.applyUrl,
      email: posting.applyEmail,
      instructions: posting.applyInstructions,
      directApply: posting.directApply || null,
    }),
    "jobgraph:source": compact({ name: posting.sourceName, url: posting.sourceUrl, id: posting.sourceId }),
  }) as unknown as JobPostingJsonLd;
}
