// Employers: name, site locations, description, accreditations and benefits of employer `j`,
// from its size, industry and name core and the generator's seeded Faker.
import type { Faker } from "@faker-js/faker";
import { slugify } from "../employer/slug.js";
import type { EmployerSize } from "../generated/prisma/client.js";
import { accreditations } from "./accreditations.js";
import { employerBenefits } from "./benefits.js";
import { BRAND_SUFFIXES, BUILDINGS, type Industry, STREETS } from "./content.js";
import { DAY_MS } from "./dates.js";
import type { NameCore } from "./names.js";
import { type Place, UK_PLACES } from "./places.js";
import { chance, pick, type Rng, uuidv7, weighted } from "./random.js";
import { EMPLOYER_SIZES, VALUES } from "./tables.js";
import { gbp0, joinAnd } from "./text.js";
import type { GeneratedEmployer, GeneratedLocation } from "./types.js";

const PLACE_WEIGHTS = UK_PLACES.map((p) => p.weight);

function pickPlace(f: Faker, exclude: ReadonlySet<Place>, region?: string): Place {
  const candidates = UK_PLACES.filter((p, i) => !exclude.has(p) && (region === undefined || p.region === region) && (PLACE_WEIGHTS[i] ?? 0) > 0);
  const pool = candidates.length ? candidates : UK_PLACES.filter((p) => !exclude.has(p));
  return weighted(f, pool.length ? pool : UK_PLACES, (p) => p.weight);
}

function roundHeadcount(n: number): number {
  if (n < 50) return n;
  if (n < 1000) return Math.round(n / 10) * 10;
  if (n < 10000) return Math.round(n / 100) * 100;
  return Math.round(n / 1000) * 1000;
}

function siteAddress(f: Faker): string {
  return chance(f, 0.3) ? `${pick(f, BUILDINGS)}, ${pick(f, STREETS)}` : `${f.number.int({ min: 1, max: 180 })} ${pick(f, STREETS)}`;
}

/** Employer `j` of `size` in `industry`, named from `core`, drawn from `rng` (seeded for it). */
export function generateEmployer(
  { f, u32 }: Rng,
  refDate: Date,
  j: number,
  industry: Industry,
  size: EmployerSize,
  core: NameCore,
): GeneratedEmployer {
  let noun = pick(f, industry.nouns);
  if (core.pair && industry.name === "Public sector") noun = "Housing Association";
  const legal = pick(f, size === "LARGE" || size === "ENTERPRISE" ? industry.legalForms : industry.legalForms.filter((l) => l !== "plc"));
  const coreText = core.pair && (industry.name === "Professional services" || chance(f, 0.15)) ? `${core.pair[0]} & ${core.pair[1]}` : core.text;
  const name = `${coreText} ${noun}${legal ? ` ${legal}` : ""}${core.suffix}`;
  const slug = slugify(name);
  const domain = `${slugify(`${core.text} ${noun}${core.suffix}`)}.example`;

  const createdAt = new Date(refDate.getTime() - f.number.int({ min: 120, max: 2200 }) * DAY_MS + f.number.int(DAY_MS - 1));
  const updatedAt = new Date(Math.min(createdAt.getTime() + f.number.int(100) * DAY_MS, refDate.getTime() - 1000));
  const id = uuidv7(createdAt.getTime(), u32);

  // Sites: headquarters first; regional bodies stay in their region.
  const [minSites, maxSites] = EMPLOYER_SIZES[size].sites;
  const siteCount = f.number.int({ min: minSites, max: maxSites });
  const used = new Set<Place>();
  const hqPlace = pickPlace(f, used);
  used.add(hqPlace);
  const regional = industry.placeLike || size === "SMALL" || size === "MEDIUM";
  for (let k = 1; k < siteCount; k++) used.add(pickPlace(f, used, regional && chance(f, 0.75) ? hqPlace.region : undefined));
  const sites: GeneratedLocation[] = [...used].map((place, k) => ({
    id: uuidv7(createdAt.getTime(), u32),
    name: place.name,
    addressLine: k === 0 || chance(f, 0.6) ? siteAddress(f) : null,
    locality: place.name,
    region: place.region,
    postcode: place.postcode,
    countryCode: "GB",
    latitude: place.latitude,
    longitude: place.longitude,
  }));
  const headquarters = sites[0] as GeneratedLocation;

  const brands =
    (size === "LARGE" || size === "ENTERPRISE") && chance(f, 0.3)
      ? f.helpers.arrayElements(BRAND_SUFFIXES, { min: 1, max: 3 }).map((suffix) => `${core.pair ? core.pair[0] : core.text} ${suffix}`)
      : [];

  const [minHead, maxHead] = EMPLOYER_SIZES[size].headcount;
  const headcount = roundHeadcount(f.number.int({ min: minHead, max: maxHead }));
  const founded = f.number.int({ min: 1850, max: refDate.getUTCFullYear() - 2 });
  const others = sites.slice(1).map((s) => s.name);
  const paragraphs = [
    `${name} is ${EMPLOYER_SIZES[size].words} ${pick(f, industry.descriptors)} headquartered in ${headquarters.name}${
      others.length ? `, with ${others.length === 1 ? "a second site" : "sites"} in ${joinAnd(others)}` : ""
    }. ${pick(f, industry.blurbs)}`,
    `Founded in ${founded}, we employ around ${gbp0.format(headcount)} people. ${pick(f, VALUES)}`,
  ];

  return {
    id,
    index: j,
    slug,
    name,
    description: paragraphs.join("\n\n"),
    websiteUrl: `https://www.${domain}`,
    logoUrl: chance(f, 0.5) ? `https://www.${domain}/logo.png` : null,
    industry: industry.name,
    size,
    brands,
    headquarters,
    sites,
    accreditations: accreditations(f, u32, refDate, industry, size, createdAt),
    benefits: employerBenefits(f, industry, size),
    createdAt,
    updatedAt,
  };
}
