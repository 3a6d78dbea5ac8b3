// An employer's accreditations (Disability Confident, Living Wage, ...), likelier for public bodies
// and larger employers.
import type { Faker } from "@faker-js/faker";
import type { AccreditationLevel, AccreditationScheme, EmployerSize } from "../generated/prisma/client.js";
import { type Industry, SIZE_ORDER } from "./content.js";
import { DAY_MS, startOfUtcDay } from "./dates.js";
import { chance, uuidv7, weightedKey } from "./random.js";
import type { AccreditationSeed } from "./types.js";

export function accreditations(
  f: Faker,
  u32: () => number,
  refDate: Date,
  industry: Industry,
  size: EmployerSize,
  createdAt: Date,
): Array<AccreditationSeed & { id: string }> {
  const sizeRank = SIZE_ORDER.indexOf(size);
  const publicish = industry.name === "Public sector" || industry.name === "Healthcare" || industry.name === "Education";
  const out: Array<AccreditationSeed & { id: string }> = [];
  const add = (scheme: AccreditationScheme, level: AccreditationLevel | null, statement: string, years: number | null) => {
    const dated = chance(f, 0.7);
    const awardedAt = dated ? new Date(refDate.getTime() - f.number.int({ min: 30, max: 1000 }) * DAY_MS) : null;
    const day = awardedAt ? startOfUtcDay(awardedAt) : null;
    const expiresAt = day && years ? new Date(Date.UTC(day.getUTCFullYear() + years, day.getUTCMonth(), day.getUTCDate())) : null;
    out.push({ id: uuidv7(createdAt.getTime(), u32), scheme, level, statement, awardedAt: day, expiresAt });
  };
  if (chance(f, publicish ? 0.9 : ([0.15, 0.25, 0.4, 0.6, 0.8][sizeRank] ?? 0.3))) {
    const level = weightedKey<AccreditationLevel>(
      f,
      sizeRank >= 3 || publicish ? { COMMITTED: 20, EMPLOYER: 50, LEADER: 30 } : { COMMITTED: 55, EMPLOYER: 40, LEADER: 5 },
    );
    const statement = {
      COMMITTED: "We are a Disability Confident Committed employer",
      EMPLOYER: "Proud member of the Disability Confident employer scheme",
      LEADER: "We are a Disability Confident Leader",
    }[level as "COMMITTED" | "EMPLOYER" | "LEADER"];
    add("DISABILITY_CONFIDENT", level, statement, 3);
  }
  const livingWage = { "Charity and voluntary": 0.4, "Public sector": 0.4, "Hospitality and leisure": 0.05, Retail: 0.1 }[industry.name] ?? 0.15;
  if (chance(f, livingWage)) add("LIVING_WAGE", "ACCREDITED", "Accredited Living Wage Employer", null);
  if (chance(f, 0.03)) add("LIVING_HOURS", "ACCREDITED", "Accredited Living Hours Employer", null);
  if (sizeRank >= 3 && chance(f, 0.1)) {
    const level = weightedKey<AccreditationLevel>(f, { BRONZE: 50, SILVER: 35, GOLD: 15 });
    add(
      "ARMED_FORCES_COVENANT",
      level,
      `Armed Forces Covenant Employer Recognition Scheme ${level.charAt(0)}${level.slice(1).toLowerCase()} Award holder`,
      5,
    );
  }
  if (chance(f, 0.04)) add("MINDFUL_EMPLOYER", "COMMITTED", "Signed up to the Mindful Employer charter", null);
  if (chance(f, 0.06)) {
    const level = weightedKey<AccreditationLevel>(f, { ACCREDITED: 60, SILVER: 30, GOLD: 10 });
    add(
      "INVESTORS_IN_PEOPLE",
      level,
      level === "ACCREDITED" ? "Accredited by Investors in People" : `Investors in People ${level.charAt(0)}${level.slice(1).toLowerCase()}`,
      3,
    );
  }
  return out;
}
