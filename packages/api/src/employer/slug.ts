// An employer's slug from its name: the one rule the seed and the importers share, so "M&S" or
// "O'Neill & Sons" get the same slug however they arrive. Accents are dropped, apostrophes vanish,
// every other run of punctuation or space (an ampersand included) becomes one hyphen, and the
// result fits the slug field (write/fields.ts `slug`, at most SLUG_MAX characters).

export const SLUG_MAX = 100;

/** "Lloyds Banking Group" → "lloyds-banking-group"; "Marks & Spencer" → "marks-spencer"; "O'Neill" → "oneill". */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX)
    .replace(/-+$/g, "");
}
