// A posting's pay: a published scale, an hourly rate, a day rate or an annual range, adjusted for
// the role's level and region, with the text an advert shows and the annualised figures.
import type { Faker } from "@faker-js/faker";
import type { ContractType, HoursType, SalaryPeriod } from "../generated/prisma/client.js";
import { annualiseSalary } from "../posting/salary.js";
import { APPRENTICE_MINIMUM_WAGE, type Industry, type Level, NATIONAL_LIVING_WAGE, type Role } from "./content.js";
import { chance, pick, weighted } from "./random.js";
import { REGION_PAY } from "./tables.js";
import { formatMoney } from "./text.js";
import type { GeneratedPosting } from "./types.js";

export function earlyCareerContract(contract: ContractType): boolean {
  return contract === "APPRENTICESHIP" || contract === "INTERNSHIP";
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function roundTo(n: number, step: number): number {
  return Math.round(Math.round(n / step) * step * 100) / 100;
}

export function postingSalary(
  f: Faker,
  role: Role,
  level: Level,
  contract: ContractType,
  hoursType: HoursType,
  hoursPerWeek: number | null,
  region: string,
  industry: Industry,
): Pick<GeneratedPosting, "salaryMin" | "salaryMax" | "salaryCurrency" | "salaryPeriod" | "salaryText" | "salaryAnnualMin" | "salaryAnnualMax"> {
  const undisclosed = (text: string) => ({
    salaryMin: null,
    salaryMax: null,
    salaryCurrency: null,
    salaryPeriod: null,
    salaryText: text,
    salaryAnnualMin: null,
    salaryAnnualMax: null,
  });
  if (contract === "VOLUNTEER" || role.volunteer) return undisclosed("Voluntary - travel expenses paid");
  if (chance(f, 0.1)) return undisclosed("Competitive");

  const regionPay = REGION_PAY[region] ?? 0.96;
  const proRata = hoursType !== "FULL_TIME";
  let period: SalaryPeriod = "YEAR";
  let min: number;
  let max: number;
  let label = "";
  let shape: "range" | "single" | "from" | "upTo" = weighted(
    f,
    ["range", "single", "from", "upTo"] as const,
    (s) => ({ range: 78, single: 12, from: 6, upTo: 4 })[s],
  );

  if (role.scale && !earlyCareerContract(contract)) {
    min = role.scale.min;
    max = role.scale.max;
    label = ` (${role.scale.label})`;
    shape = min === max ? "single" : "range";
    if (region === "London") label += industry.name === "Healthcare" ? " plus High Cost Area Supplement" : " plus London weighting";
  } else if (contract === "APPRENTICESHIP") {
    if (chance(f, 0.5)) {
      period = "HOUR";
      min = round2(f.number.float({ min: APPRENTICE_MINIMUM_WAGE, max: 9.5 }));
      max = round2(min + f.number.float({ min: 0, max: 2 }));
    } else {
      min = roundTo(f.number.int({ min: 16000, max: 22000 }) * regionPay, 500);
      max = min + pick(f, [0, 1000, 2000, 3000]);
    }
  } else if (contract === "INTERNSHIP") {
    min = roundTo(f.number.int({ min: 22000, max: 28000 }) * regionPay, 500);
    max = min;
    shape = "single";
  } else if (contract === "CONTRACT" && !role.hourly) {
    const annual = (role.salary ?? 40000) * level.factor * regionPay;
    if (chance(f, 0.8)) {
      period = "DAY";
      min = roundTo(annual / 125, 25);
      max = min + pick(f, [0, 25, 50, 75, 100, 150]);
    } else {
      period = "HOUR";
      min = roundTo(annual / 900, 0.5);
      max = min + pick(f, [0, 2.5, 5, 10]);
    }
  } else if (role.hourly || contract === "TEMPORARY") {
    period = "HOUR";
    const [lo, hi] = role.hourly ?? [((role.salary ?? 30000) / 1950) * 0.95, ((role.salary ?? 30000) / 1950) * 1.05];
    min = Math.max(NATIONAL_LIVING_WAGE, round2(lo * level.factor * (region === "London" ? 1.1 : 1) * f.number.float({ min: 0.98, max: 1.06 })));
    max = Math.max(min, round2(hi * level.factor * (region === "London" ? 1.1 : 1)));
    if (max - min < 0.05) shape = "single";
  } else {
    const centre = (role.salary ?? 30000) * level.factor * regionPay * f.number.float({ min: 0.9, max: 1.1 });
    const spread = f.number.float({ min: 0.06, max: 0.22 });
    min = roundTo(centre * (1 - spread / 2), 500);
    max = roundTo(centre * (1 + spread / 2), 500);
    if (chance(f, 0.12)) {
      // Pay-scale style figures ("£61,236 to £68,040").
      min += f.number.int({ min: -249, max: 249 });
      max += f.number.int({ min: -249, max: 249 });
    }
    const periodRoll = f.number.float();
    if (periodRoll < 0.03) {
      period = "MONTH";
      min = roundTo(min / 12, 50);
      max = roundTo(max / 12, 50);
    } else if (periodRoll < 0.04) {
      period = "WEEK";
      min = roundTo(min / 52, 5);
      max = roundTo(max / 52, 5);
    }
  }
  if (max < min) max = min;
  if (shape === "range" && max === min) shape = "single";

  const per = { HOUR: "hour", DAY: "day", WEEK: "week", MONTH: "month", YEAR: "year" }[period];
  const tail = `${label}${proRata && period === "YEAR" ? " pro rata" : ""}`;
  let salaryMin: number | null = min;
  let salaryMax: number | null = max;
  let salaryText: string;
  switch (shape) {
    case "range":
      salaryText = `${formatMoney(min)} to ${formatMoney(max)} per ${per}${tail}`;
      break;
    case "single":
      salaryMax = min;
      salaryText = `${formatMoney(min)} per ${per}${tail}`;
      break;
    case "from":
      salaryMax = null;
      salaryText = `From ${formatMoney(min)} per ${per}${tail}`;
      break;
    case "upTo":
      salaryMin = null;
      salaryText = `Up to ${formatMoney(max)} per ${per}${tail}`;
      break;
  }
  const { annualMin, annualMax } = annualiseSalary({ min: salaryMin, max: salaryMax, period, hoursPerWeek });
  return { salaryMin, salaryMax, salaryCurrency: "GBP", salaryPeriod: period, salaryText, salaryAnnualMin: annualMin, salaryAnnualMax: annualMax };
}
