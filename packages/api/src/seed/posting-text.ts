// The wording of a posting: hours, contract sentence, phone numbers, references and the advert's
// Markdown in one of several house styles.
import type { Faker } from "@faker-js/faker";
import type { ContractType, HoursType, WorkplaceType } from "../generated/prisma/client.js";
import { CATALOGUE_NAMES } from "./benefits.js";
import { chance, pick } from "./random.js";
import { DRAMA_NUMBERS, HEADINGS } from "./tables.js";
import { listOr, pad } from "./text.js";
import type { BenefitSeed, GeneratedEmployer } from "./types.js";

export function dramaPhone(f: Faker, place: string): string {
  const prefix = DRAMA_NUMBERS[place];
  return prefix ? `${prefix}${pad(f.number.int(999), 3)}` : `01632 960${pad(f.number.int(999), 3)}`;
}

export function hoursTextFor(type: HoursType, hours: number | null, style: number, family: string): string {
  const shifts = family === "care" || family === "hospitality" || family === "retail" || family === "logistics" ? ", including weekends" : "";
  const termTime = family === "education" && style % 2 === 0 ? ", term time" : "";
  if (type === "FLEXIBLE") return `Flexible - shifts to suit you, typically 8 to 30 hours per week${shifts}`;
  const label = type === "FULL_TIME" ? ["Full-time", "Full time"][style % 2] : ["Part-time", "Part time"][style % 2];
  if (hours == null) return `${label}${termTime}`;
  switch (style % 3) {
    case 0:
      return `${label} - ${hours} hours per week${termTime}${type === "PART_TIME" ? shifts : ""}`;
    case 1:
      return `${label}, ${hours} hours a week${termTime}${type === "PART_TIME" ? shifts : ""}`;
    default:
      return `${hours} hours per week (${(label as string).toLowerCase()})${termTime}`;
  }
}

export function contractSentence(f: Faker, contract: ContractType, hours: HoursType, workplace: WorkplaceType, places: readonly string[]): string {
  const hoursWord = { FULL_TIME: "full-time", PART_TIME: "part-time", FLEXIBLE: "flexible-hours" }[hours];
  const where =
    workplace === "REMOTE"
      ? `home-based role, contractually based in ${listOr(places)}`
      : `role based in ${listOr(places)}${workplace === "HYBRID" ? ", with hybrid working" : ""}`;
  switch (contract) {
    case "PERMANENT":
      return `This is a permanent, ${hoursWord} ${where}.`;
    case "FIXED_TERM": {
      const months = pick(f, [6, 9, 12, 12, 18, 24]);
      return `This is a ${months}-month fixed-term, ${hoursWord} ${where}${chance(f, 0.4) ? ", covering parental leave" : ""}.`;
    }
    case "TEMPORARY":
      return `This is a temporary, ${hoursWord} ${where}, for ${pick(f, ["6 weeks", "3 months", "the Christmas period", "the summer season"])} with the possibility of extension.`;
    case "CONTRACT":
      return `This is a ${pick(f, [3, 6, 6, 9, 12])}-month contract, ${hoursWord} ${where}. The role is ${pick(f, ["outside", "outside", "inside"])} IR35.`;
    case "APPRENTICESHIP":
      return `This is a ${hoursWord} apprenticeship ${where.replace(/^role /, "")}. You'll study for a nationally recognised qualification while you earn, with a day a week for off-the-job training.`;
    case "INTERNSHIP":
      return `This is a paid ${pick(f, [10, 12])}-week summer internship ${where.replace(/^role /, "")}.`;
    case "VOLUNTEER":
      return `This is a volunteering ${where}. We'll reimburse reasonable travel expenses.`;
  }
}

export function postingMarkdown(p: {
  style: number;
  employer: GeneratedEmployer;
  summary: string;
  contractSentence: string;
  responsibilities: string[];
  requirementsEssential: string[];
  requirementsDesirable: string[];
  salaryText: string | null;
  benefits: BenefitSeed[];
  applyText: string;
}): string {
  const h = HEADINGS[p.style % HEADINGS.length] as readonly string[];
  const list = (items: readonly string[]) => items.map((item) => `- ${item}`).join("\n");
  const own = new Set(p.benefits.map((b) => b.key));
  const offer = [
    ...(p.salaryText ? [`Salary: ${p.salaryText}`] : []),
    ...p.benefits.map((b) => b.detail ?? CATALOGUE_NAMES.get(b.key) ?? b.key),
    ...p.employer.benefits.filter((b) => !own.has(b.key)).map((b) => b.detail ?? CATALOGUE_NAMES.get(b.key) ?? b.key),
  ].slice(0, 8);
  const about = (p.employer.description ?? "").split("\n\n")[0] ?? "";
  return [
    `## ${h[0]}`,
    p.summary,
    p.contractSentence,
    `## ${h[1]}`,
    list(p.responsibilities),
    `## ${h[2]}`,
    list(p.requirementsEssential),
    `## ${h[3]}`,
    list(p.requirementsDesirable),
    `## ${h[4]}`,
    list(offer),
    `## ${(h[5] as string).replace("{employer}", p.employer.name)}`,
    about,
    `## ${h[6]}`,
    p.applyText,
  ].join("\n\n");
}

export function referenceFor(style: number, employerName: string, i: number, postedAt: Date): string {
  const base = 100000 + (style % 800000);
  switch (style % 5) {
    case 0:
      return `REQ-${pad(i + 1, 6)}`;
    case 1: {
      const initials = employerName
        .split(/\s+/)
        .filter((w) => /^[A-Z]/.test(w))
        .slice(0, 3)
        .map((w) => w[0])
        .join("");
      return `${initials}-${postedAt.getUTCFullYear()}-${pad(i + 1, 4)}`;
    }
    case 2:
      return String(base + i);
    case 3:
      return `JR${pad(i + 1, 5)}`;
    default:
      return `${base + i}_${Math.floor(postedAt.getTime() / 1000)}`;
  }
}
