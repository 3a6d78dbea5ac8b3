// Seeded randomness for the generator: a fast re-seedable PRNG for Faker, integer mixing,
// reproducible UUID v7 ids and weighted choices.
import type { Faker, Randomizer } from "@faker-js/faker";

/**
 * A small, fast PRNG (sfc32) for Faker. Faker's default Mersenne Twister takes ~35 µs to re-seed,
 * which would dominate generating 100,000 postings one seed each; this one re-seeds in well under
 * a microsecond. Seeds may be arrays of integers: every element affects the state.
 */
export function createSeededRandomizer(): Randomizer & { nextUint32(): number } {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  const nextUint32 = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  return {
    next: () => nextUint32() / 4294967296,
    nextUint32,
    seed(seed: number | number[]) {
      const parts = Array.isArray(seed) ? seed : [seed];
      let h1 = 0x9e3779b9;
      let h2 = 0x243f6a88;
      let h3 = 0xb7e15162;
      let h4 = 0xdeadbeef ^ parts.length;
      for (const part of parts) {
        const lo = part >>> 0;
        const hi = Math.floor(part / 4294967296) >>> 0;
        h1 = Math.imul(h1 ^ lo, 0x85ebca6b);
        h1 = (h1 << 13) | (h1 >>> 19);
        h2 = Math.imul(h2 ^ hi, 0xc2b2ae35);
        h2 = (h2 << 17) | (h2 >>> 15);
        h3 = Math.imul(h3 ^ h1, 0x27d4eb2f) ^ h2;
        h4 = Math.imul(h4 ^ h3, 0x165667b1) + h1;
      }
      a = h1;
      b = h2;
      c = h3;
      d = h4;
      for (let i = 0; i < 15; i++) nextUint32();
    },
  };
}

/** Seeding kinds: different streams for different things generated from the same index. */
export const KIND_PROFILE = 1;
export const KIND_EMPLOYER = 2;
export const KIND_POSTING = 3;

/** A 32-bit mix of integers, for cheap per-employer style choices. */
export function mix32(...values: number[]): number {
  let h = 0x811c9dc5;
  for (const v of values) {
    h = Math.imul(h ^ (v >>> 0), 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
  }
  return h >>> 0;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
const hex16 = (n: number) => (HEX[(n >>> 8) & 0xff] as string) + (HEX[n & 0xff] as string);

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits, here taken from
 * the seeded generator so that ids are reproducible. Ids sort by the time they carry.
 */
export function uuidv7(unixMs: number, random: () => number): string {
  const ms = Math.max(0, Math.floor(unixMs));
  const high = Math.floor(ms / 65536);
  const r1 = random();
  const r2 = random();
  const r3 = random();
  return (
    `${hex16(high >>> 16)}${hex16(high & 0xffff)}-${hex16(ms & 0xffff)}-` +
    `${hex16(0x7000 | (r1 & 0x0fff))}-${hex16(0x8000 | ((r1 >>> 12) & 0x3fff))}-` +
    `${hex16(r2 & 0xffff)}${hex16(r3 >>> 16)}${hex16(r3 & 0xffff)}`
  );
}

export type Rng = { f: Faker; u32: () => number };

export function weighted<T>(f: Faker, items: readonly T[], weight: (item: T) => number): T {
  let total = 0;
  for (const item of items) total += weight(item);
  let r = f.number.float({ min: 0, max: total });
  for (const item of items) {
    r -= weight(item);
    if (r < 0) return item;
  }
  return items[items.length - 1] as T;
}

export function weightedKey<K extends string>(f: Faker, weights: Readonly<Partial<Record<K, number>>>): K {
  const entries = Object.entries(weights) as Array<[K, number]>;
  return weighted(f, entries, ([, w]) => w)[0];
}

export function pick<T>(f: Faker, items: readonly T[]): T {
  return items[f.number.int(items.length - 1)] as T;
}

export function chance(f: Faker, p: number): boolean {
  return f.number.float() < p;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** A multiplier coprime with `m`, near the golden ratio of it, for an affine permutation of [0, m). */
export function coprimeStep(m: number, salt: number): number {
  let step = Math.max(1, Math.floor(m * 0.6180339887) + (salt % 97));
  while (gcd(step, m) !== 1) step++;
  return step;
}

/**
 * Splits `total` postings over employers in proportion to `weights` (largest remainder), giving
 * every employer at least one posting when there are enough to go round.
 */
export function allocate(total: number, weights: Float64Array): Uint32Array {
  const n = weights.length;
  const counts = new Uint32Array(n);
  if (n === 0 || total <= 0) return counts;
  let rest = total;
  if (total >= n) {
    counts.fill(1);
    rest -= n;
  }
  let sum = 0;
  for (const w of weights) sum += w;
  const remainders: Array<[number, number]> = [];
  let given = 0;
  for (let j = 0; j < n; j++) {
    const exact = (rest * (weights[j] as number)) / sum;
    const whole = Math.floor(exact);
    counts[j] = (counts[j] as number) + whole;
    given += whole;
    remainders.push([exact - whole, j]);
  }
  remainders.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; k < rest - given; k++) {
    const j = (remainders[k % n] as [number, number])[1];
    counts[j] = (counts[j] as number) + 1;
  }
  return counts;
}
