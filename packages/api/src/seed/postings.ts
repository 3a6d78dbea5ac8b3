// Postings: posting `i` of an employer, from a job family its industry hires: role, places, hours,
// workplace, pay, dates, status, how to apply and the advert's words.
import type { ApplyMethod, ContractType, HoursType, PostingStatus, WorkplaceType } from "../generated/prisma/client.js";
import { type FamilyKey, type Industry, JOB_FAMILIES, type JobFamily, type Level, type Role } from "./content.js";
import { DAY_MS, startOfUtcDay } from "./dates.js";
import { contractSentence, dramaPhone, hoursTextFor, postingMarkdown, referenceFor } from "./posting-text.js";
import { chance, mix32, pick, type Rng, uuidv7, weighted, weightedKey } from "./random.js";
import { earlyCareerContract, postingSalary } from "./salaries.js";
import { FULL_TIME_HOURS } from "./tables.js";
import { article, fill, listOr } from "./text.js";
import type { BenefitSeed, GeneratedEmployer, GeneratedPosting } from "./types.js";

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five"];

function contractWeights(family: JobFamily): Partial<Record<ContractType, number>> {
  let others = 0;
  for (const w of Object.values(family.contracts)) others += w ?? 0;
  return { PERMANENT: Math.max(0, 100 - others), ...family.contracts };
}

/** Posting `i` of `employer` (of `industry`), drawn from `rng` (seeded for it). */
export function generatePosting(
  { f, u32 }: Rng,
  seed: number,
  refDate: Date,
  employer: GeneratedEmployer,
  i: number,
  industry: Industry,
): GeneratedPosting {
  const family = JOB_FAMILIES[weightedKey<FamilyKey>(f, industry.families)] as JobFamily;

  // Contract and role
  let contract = weightedKey<ContractType>(f, contractWeights(family));
  const volunteerRoles = family.roles.filter((r) => r.volunteer);
  const paidRoles = family.roles.filter((r) => !r.volunteer);
  // Apprentices and interns start in roles without seniority in their title or pay.
  const entryRoles = paidRoles.filter((r) => !r.fixedLevel && (r.salary ?? r.scale?.min ?? 0) < 50000);
  if (contract === "VOLUNTEER" && !volunteerRoles.length) contract = "PERMANENT";
  if (earlyCareerContract(contract) && !entryRoles.length) contract = "PERMANENT";
  const earlyCareer = earlyCareerContract(contract);
  const role: Role = pick(f, contract === "VOLUNTEER" ? volunteerRoles : earlyCareer ? entryRoles : paidRoles);
  const level: Level =
    role.scale || role.fixedLevel || role.volunteer || earlyCareer
      ? { prefix: "", factor: 1, weight: 1 }
      : weighted(f, family.levels, (l) => l.weight);
  let title = `${level.prefix}${role.title}`;
  if (contract === "APPRENTICESHIP") title = `${pick(f, ["", "Level 3 ", "Level 4 "])}${role.title} Apprentice`.trimStart();
  if (contract === "INTERNSHIP") title = `${role.title} Intern`;
  if (role.scale && industry.name === "Healthcare" && chance(f, 0.4)) title = `${title} - ${role.scale.label}`;
  const team = pick(f, family.teams);

  // Places: 1–3 of the employer's sites, the first the primary one.
  const locationCount = Math.min(
    employer.sites.length,
    weighted(f, [1, 2, 3], (n) => [72, 20, 8][n - 1] ?? 0),
  );
  const primary = chance(f, 0.45) ? employer.headquarters : pick(f, employer.sites);
  const locations = [
    primary,
    ...f.helpers.arrayElements(
      employer.sites.filter((s) => s !== primary),
      locationCount - 1,
    ),
  ];
  const placeNames = locations.map((l) => l.name);

  // Hours
  const hourlyRole = Boolean(role.hourly);
  let hoursType: HoursType = "FULL_TIME";
  if (!earlyCareer && chance(f, family.partTime)) hoursType = hourlyRole && chance(f, 0.25) ? "FLEXIBLE" : "PART_TIME";
  if (contract === "VOLUNTEER") hoursType = chance(f, 0.5) ? "FLEXIBLE" : "PART_TIME";
  const hoursPerWeek =
    hoursType === "FULL_TIME"
      ? pick(f, FULL_TIME_HOURS[family.key] ?? FULL_TIME_HOURS.default ?? [37.5])
      : hoursType === "PART_TIME"
        ? contract === "VOLUNTEER"
          ? pick(f, [3, 4, 6, 8])
          : pick(f, [16, 18, 20, 22.5, 24, 25, 28, 30])
        : null;
  const style = mix32(seed, employer.index, 0x7374796c);
  const hoursText = hoursTextFor(hoursType, hoursPerWeek, style, family.key);

  // Workplace
  let workplaceType: WorkplaceType = weighted(
    f,
    ["ON_SITE", "HYBRID", "REMOTE"] as const,
    (t) => family.workplace[["ON_SITE", "HYBRID", "REMOTE"].indexOf(t)] ?? 0,
  );
  if ((hourlyRole || contract === "VOLUNTEER") && chance(f, 0.9)) workplaceType = "ON_SITE";
  const workingDays = hoursType === "PART_TIME" && hoursPerWeek ? Math.min(5, Math.max(1, Math.round(hoursPerWeek / 7.5))) : 5;
  if (workplaceType === "HYBRID" && workingDays < 2) workplaceType = "ON_SITE";
  let remoteDaysPerWeekMax: number | null = null;
  let officeDaysPerWeekMin: number | null = null;
  let officeTimeShareMin: number | null = null;
  let workplacePolicy: string | null = null;
  const office = `${primary.name} ${pick(f, ["office", "office", "hub", "site"])}`;
  if (workplaceType === "HYBRID") {
    officeDaysPerWeekMin = Math.min(workingDays - 1, pick(f, [1, 2, 2, 2, 3, 3, 4]));
    remoteDaysPerWeekMax = workingDays - officeDaysPerWeekMin;
    const share = Math.round((officeDaysPerWeekMin / workingDays) * 100);
    officeTimeShareMin = chance(f, 0.5) ? share : null;
    const days = `${officeDaysPerWeekMin === 1 ? "one day" : `${NUMBER_WORDS[officeDaysPerWeekMin]} days`}`;
    workplacePolicy = officeTimeShareMin
      ? `Our work style is hybrid, which involves spending at least ${days} per week, or ${share}% of your time, at our ${office}.`
      : pick(f, [
          `Hybrid: at least ${days} a week at our ${office}, the rest from home.`,
          `You can work from home up to ${remoteDaysPerWeekMax} ${remoteDaysPerWeekMax === 1 ? "day" : "days"} a week, and spend at least ${days} a week at our ${office}.`,
          `Hybrid working, with ${days} a week in the office and the rest from home.`,
        ]);
  } else if (workplaceType === "REMOTE") {
    remoteDaysPerWeekMax = workingDays;
    officeDaysPerWeekMin = 0;
    workplacePolicy = pick(f, [
      `Fully remote within the UK, with occasional team days at our ${office}.`,
      "Remote-first: work from anywhere in the UK. We'll provide the kit you need.",
      `This is a home-based role; you'll travel to ${primary.name} about once a month.`,
    ]);
  } else if (chance(f, 0.3)) {
    workplacePolicy = `This role is based on site in ${primary.name}.`;
  }

  // Salary
  const salary = postingSalary(f, role, level, contract, hoursType, hoursPerWeek, primary.region ?? "", industry);

  // Dates and status
  const ageDays = 1 + Math.floor(59 * f.number.float() ** 1.6);
  const postedAt = new Date(refDate.getTime() - ageDays * DAY_MS + f.number.int({ min: 7 * 60, max: 18 * 60 + 59 }) * 60_000);
  const openDays = pick(f, [7, 10, 14, 14, 21, 28, 28, 30, 30, 35, 42, 56, 60]);
  const closesAt = new Date(startOfUtcDay(postedAt).getTime() + openDays * DAY_MS + DAY_MS - 1000);
  let status: PostingStatus;
  if (chance(f, 0.04)) status = "DRAFT";
  else if (closesAt.getTime() < refDate.getTime()) status = chance(f, 0.75) ? "CLOSED" : "ARCHIVED";
  else status = chance(f, 0.04) ? "CLOSED" : "PUBLISHED";
  const createdAt = new Date(postedAt.getTime() - f.number.int({ min: 0, max: 3 * DAY_MS }));
  const updatedAt =
    status === "CLOSED" || status === "ARCHIVED" ? new Date(Math.min(closesAt.getTime() + DAY_MS, refDate.getTime() - 1000)) : postedAt;
  const id = uuidv7(createdAt.getTime(), u32);

  // Reference: unique within the employer by construction (it embeds i).
  const reference = referenceFor(mix32(seed, employer.index, 0x72656600), employer.name, i, postedAt);

  // Apply
  const domain = (employer.websiteUrl ?? "https://www.example.example").replace(/^https:\/\/www\./, "");
  const inPerson = family.key === "retail" || family.key === "hospitality" ? 18 : 1;
  const applyMethod = weightedKey<ApplyMethod>(f, { WEBSITE: 78, EMAIL: 10, PHONE: 4, IN_PERSON: inPerson });
  let applyUrl: string | null = null;
  let applyEmail: string | null = null;
  let applyInstructions: string | null = null;
  if (applyMethod === "WEBSITE") {
    applyUrl = `https://careers.${domain}/jobs/${encodeURIComponent(reference)}`;
    if (chance(f, 0.3))
      applyInstructions = pick(f, [
        "Apply online with your CV and a short covering note.",
        "Complete our online application form; it takes about 15 minutes.",
        "Apply online. We'll get back to you within 10 working days.",
      ]);
  } else if (applyMethod === "EMAIL") {
    applyEmail = `${pick(f, ["recruitment", "careers", "jobs", "hr"])}@${domain}`;
    applyInstructions = `Send your CV and a covering letter to ${applyEmail}, quoting reference ${reference}.`;
  } else if (applyMethod === "PHONE") {
    applyInstructions = `Call our recruitment team on ${dramaPhone(f, primary.name)} for an application pack or an informal chat.`;
  } else {
    applyInstructions = `Drop your CV in at our ${primary.name} ${family.key === "hospitality" ? "venue" : "store"} and ask for the manager on duty.`;
  }
  const directApply = applyMethod === "WEBSITE" && chance(f, 0.35);
  let sourceName: string | null = null;
  let sourceUrl: string | null = null;
  let sourceId: string | null = null;
  const sourceRoll = f.number.float();
  if (sourceRoll < 0.12) {
    sourceName = "Find a job";
    sourceId = String(f.number.int({ min: 10_000_000, max: 99_999_999 }));
  } else if (sourceRoll < 0.18) {
    sourceName = "Careers site";
    sourceUrl = `https://careers.${domain}/jobs/${encodeURIComponent(reference)}`;
    sourceId = reference;
  }

  // Words
  // The role's own skills in their order (the first is the core one), then some of the family's.
  const ownSkills = role.skills.slice(0, f.number.int({ min: Math.min(2, role.skills.length), max: role.skills.length }));
  const skills = [...new Set([...ownSkills, ...f.helpers.arrayElements(family.skills, { min: 1, max: 3 })])].slice(0, 8);
  const vars = { team, place: listOr(placeNames), employer: employer.name, skill: skills[0] ?? "", skill2: skills[1] ?? skills[0] ?? "" };
  const responsibilities = f.helpers.arrayElements(family.responsibilities, { min: 4, max: 6 }).map((t) => fill(t, vars));
  const requirementsEssential = f.helpers.arrayElements(family.essential, { min: 3, max: 5 }).map((t) => fill(t, vars));
  const requirementsDesirable = f.helpers.arrayElements(family.desirable, { min: 2, max: 3 }).map((t) => fill(t, vars));
  const summary = `We're looking for ${article(title)} ${title} to join our ${team} team in ${vars.place}. ${pick(f, family.pitches)}`;
  const benefits: BenefitSeed[] = chance(f, 0.18)
    ? f.helpers.arrayElements(family.postingBenefits, { min: 1, max: Math.min(2, family.postingBenefits.length) }).map((b) => ({
        key: b.key,
        detail: b.detail,
        value: b.value ?? null,
        unit: b.unit ?? null,
      }))
    : [];
  const description = postingMarkdown({
    style,
    employer,
    summary,
    contractSentence: contractSentence(f, contract, hoursType, workplaceType, placeNames),
    responsibilities,
    requirementsEssential,
    requirementsDesirable,
    salaryText: salary.salaryText,
    benefits,
    applyText: applyInstructions ?? (applyUrl ? "Apply online through our careers site." : "Apply through this advert."),
  });

  return {
    id,
    employerId: employer.id,
    index: i,
    reference,
    title,
    summary,
    description,
    team,
    responsibilities,
    requirementsEssential,
    requirementsDesirable,
    skills,
    ...salary,
    hoursType,
    hoursPerWeek,
    hoursText,
    contractType: contract,
    workplaceType,
    remoteDaysPerWeekMax,
    officeDaysPerWeekMin,
    officeTimeShareMin,
    workplacePolicy,
    postedAt,
    closesAt,
    status,
    applyUrl,
    applyEmail,
    applyMethod,
    applyInstructions,
    directApply,
    sourceName,
    sourceUrl,
    sourceId,
    locations,
    benefits,
    createdAt,
    updatedAt,
  };
}
