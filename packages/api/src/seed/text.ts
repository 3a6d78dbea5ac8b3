// Wording helpers for generated text: money, articles, lists and sentence templates.
import { COMMON_WORDS } from "./tables.js";

export function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

export const gbp0 = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const gbp2 = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "£61,236", "£12.50". */
export function formatMoney(value: number): string {
  return `£${Number.isInteger(value) ? gbp0.format(value) : gbp2.format(value)}`;
}

export function article(word: string): string {
  return /^[aeiou]/i.test(word) && !/^(uni|eu|one)/i.test(word) ? "an" : "a";
}

export function listOr(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/** Replaces {name} placeholders; a skill inside a sentence loses its capital ("experience of customer service"). */
export function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string, offset: number) => {
    const value = vars[key] ?? "";
    return offset > 0 && key.startsWith("skill") ? inSentence(value) : value;
  });
}

function inSentence(skill: string): string {
  const words = skill.split(" ");
  const first = words[0] ?? "";
  const ordinary =
    words.length === 1 ? COMMON_WORDS.has(first) : /^[A-Z][a-z-]+$/.test(first) && words.slice(1).every((w) => /^[a-z][a-z-]*$/.test(w));
  return ordinary ? first.charAt(0).toLowerCase() + skill.slice(1) : skill;
}

export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
