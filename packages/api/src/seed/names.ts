// Employer names, unique by construction: every employer gets a distinct name core, a compound
// of a prefix and an ending or a pair of surnames (data/names.json).
import { NAME_ENDINGS, NAME_PREFIXES, SURNAMES } from "./content.js";
import { coprimeStep, mix32 } from "./random.js";

export interface NameCore {
  /** "Ashford" or "Hargreaves Pike" (+ " 2" etc. once the vocabulary is exhausted). */
  text: string;
  /** The two surnames, for "Hargreaves & Pike" styles. */
  pair?: readonly [string, string];
  suffix: string;
}

const UNIQUE_SURNAMES = [...new Set(SURNAMES)];
const COMPOUNDS = NAME_PREFIXES.length * NAME_ENDINGS.length;
const PAIRS = UNIQUE_SURNAMES.length * (UNIQUE_SURNAMES.length - 1);

function compoundName(index: number): string {
  const prefix = NAME_PREFIXES[Math.floor(index / NAME_ENDINGS.length)] as string;
  const ending = NAME_ENDINGS[index % NAME_ENDINGS.length] as string;
  // "Mill" + "ley" reads "Milley", not "Millley".
  return (prefix + ending).replace(/(.)\1\1/g, "$1$1");
}

/**
 * Gives every employer a distinct name core: a compound ("Ashford") for public bodies, schools,
 * trusts and some others, else a pair of surnames ("Hargreaves Pike"), each drawn through a
 * seeded affine permutation of its vocabulary so that no two employers share one. Slugs are
 * then unique too: a slug is the core's words followed by industry words, and no industry word
 * is a name word.
 */
export function assignNameCores(seed: number, wantsCompound: Uint8Array): NameCore[] {
  const salt = mix32(seed, 0x6e616d65);
  const cStep = coprimeStep(COMPOUNDS, salt);
  const pStep = coprimeStep(PAIRS, salt >>> 8);
  const cOffset = salt % COMPOUNDS;
  const pOffset = (salt >>> 4) % PAIRS;
  let compounds = 0;
  let pairs = 0;
  const cores: NameCore[] = [];
  const m = UNIQUE_SURNAMES.length - 1;
  for (let j = 0; j < wantsCompound.length; j++) {
    if (wantsCompound[j] && compounds < COMPOUNDS) {
      cores.push({ text: compoundName((compounds * cStep + cOffset) % COMPOUNDS), suffix: "" });
      compounds++;
      continue;
    }
    const round = Math.floor(pairs / PAIRS);
    const idx = ((pairs % PAIRS) * pStep + pOffset) % PAIRS;
    const a = Math.floor(idx / m);
    const b0 = idx % m;
    const first = UNIQUE_SURNAMES[a] as string;
    const second = UNIQUE_SURNAMES[b0 >= a ? b0 + 1 : b0] as string;
    cores.push({ text: `${first} ${second}`, pair: [first, second], suffix: round ? ` ${round + 1}` : "" });
    pairs++;
  }
  return cores;
}
