// An employer's benefits: a pension and holiday always, then others typical of its industry, each
// worded with its own figure.
import type { Faker } from "@faker-js/faker";
import type { EmployerSize } from "../generated/prisma/client.js";
import { BENEFIT_CATALOGUE } from "./catalogue.js";
import type { Industry } from "./content.js";
import { chance, pick } from "./random.js";
import { EMPLOYER_SIZES } from "./tables.js";
import { formatMoney } from "./text.js";
import type { BenefitSeed } from "./types.js";

export const CATALOGUE_NAMES = new Map<string, string>(BENEFIT_CATALOGUE.map((b) => [b.key, b.name]));

export function employerBenefits(f: Faker, industry: Industry, size: EmployerSize): BenefitSeed[] {
  const out: BenefitSeed[] = [];
  if (industry.pension) out.push({ key: "pension", detail: industry.pension.detail, value: industry.pension.value, unit: "PERCENT" });
  else {
    const p = pick(f, size === "MICRO" || size === "SMALL" ? [3, 3, 4, 5, 6] : [4, 5, 6, 8, 10, 12]);
    const detail = pick(f, [
      `Employer pension contribution of ${p}%`,
      `Pension with up to ${p}% employer contribution`,
      `Matched pension contributions of up to ${p}%`,
    ]);
    out.push({ key: "pension", detail, value: p, unit: "PERCENT" });
  }
  const [lo, hi] = industry.holidayDays;
  const days = f.number.int({ min: lo, max: hi });
  out.push(
    days === 28 && chance(f, 0.6)
      ? { key: "holiday", detail: "28 days' holiday including bank holidays", value: 28, unit: "DAYS" }
      : {
          key: "holiday",
          detail: pick(f, [`${days} days' holiday plus bank holidays`, `${days} days' annual leave, rising with service, plus bank holidays`]),
          value: days,
          unit: "DAYS",
        },
  );
  const [minExtra, maxExtra] = EMPLOYER_SIZES[size].extraBenefits;
  const wanted = f.number.int({ min: minExtra, max: maxExtra });
  const chosen = new Set<string>(["pension", "holiday"]);
  const others = BENEFIT_CATALOGUE.map((b) => b.key as string).filter((k) => !chosen.has(k));
  for (let attempt = 0; chosen.size < wanted + 2 && attempt < 40; attempt++) {
    const key = chance(f, 0.7) ? pick(f, industry.typicalBenefits) : pick(f, others);
    if (chosen.has(key)) continue;
    chosen.add(key);
    out.push(benefitDetail(f, key));
  }
  return out;
}

function benefitDetail(f: Faker, key: string): BenefitSeed {
  const b = (detail: string, value: number | null = null, unit: BenefitSeed["unit"] = null): BenefitSeed => ({ key, detail, value, unit });
  switch (key) {
    case "bonus": {
      const p = pick(f, [5, 8, 10, 15, 20]);
      return chance(f, 0.6)
        ? b(`Annual bonus of up to ${p}% of salary`, p, "PERCENT")
        : b(pick(f, ["Company-wide profit share scheme", "An annual performance-related bonus"]));
    }
    case "share-scheme":
      return b(pick(f, ["Sharesave scheme", "Share Incentive Plan with matching shares", "Free shares every year"]));
    case "life-assurance": {
      const x = pick(f, [2, 3, 4, 4, 6]);
      return b(`Life assurance of ${x} times your salary`, x, "MULTIPLE_OF_SALARY");
    }
    case "season-ticket-loan":
      return b("Interest-free season ticket loan");
    case "holiday-purchase": {
      const d = pick(f, [3, 5, 5, 10]);
      return b(`Buy up to ${d} extra days' holiday a year`, d, "DAYS");
    }
    case "volunteering-leave": {
      const d = pick(f, [1, 2, 2, 3, 5]);
      return b(`${d} paid volunteering ${d === 1 ? "day" : "days"} a year`, d, "DAYS");
    }
    case "private-healthcare":
      return b(
        pick(f, [
          "Private medical insurance, with the option to add your family",
          "Private medical cover for you and your family",
          "Health cash plan covering dental, optical and physiotherapy",
        ]),
      );
    case "dental-insurance":
      return b("Dental cover through salary sacrifice");
    case "enhanced-sick-pay": {
      const w = pick(f, [4, 8, 13, 26]);
      return b(`Up to ${w} weeks' full sick pay`, w, "WEEKS");
    }
    case "wellbeing":
      return b(pick(f, ["Mental health first aiders and a wellbeing app", "A range of wellbeing initiatives", "Free annual health check"]));
    case "employee-assistance":
      return b("24/7 confidential employee assistance programme");
    case "gym-membership":
      return b(pick(f, ["Discounted gym membership", "Free on-site gym", "Corporate gym membership discounts"]));
    case "parental-leave": {
      const w = pick(f, [12, 16, 26, 26, 52]);
      return b(`Enhanced maternity and adoption pay: ${w} weeks at full pay`, w, "WEEKS");
    }
    case "childcare-support":
      return b(pick(f, ["Workplace nursery scheme through salary sacrifice", "Emergency childcare support"]));
    case "discounts": {
      const p = pick(f, [10, 15, 20, 25, 30]);
      return chance(f, 0.5) ? b(`${p}% staff discount`, p, "PERCENT") : b("Discounts at hundreds of high-street retailers");
    }
    case "cycle-to-work":
      return b("Cycle to work scheme");
    case "electric-car-scheme":
      return b("Electric car salary sacrifice scheme");
    case "flexible-working":
      return b(pick(f, ["Flexitime and compressed hours", "Flexible working from day one", "Flexible start and finish times"]));
    case "hybrid-working":
      return b(pick(f, ["Hybrid working for office-based roles", "Hybrid working: a mix of home and office"]));
    case "training-budget": {
      const gbp = pick(f, [500, 750, 1000, 1500, 2000]);
      return b(`${formatMoney(gbp)} personal learning budget every year`, gbp, "GBP");
    }
    case "study-support":
      return b(
        pick(f, ["Funded professional qualifications and study leave", "Support with professional qualifications such as CIPD, CIMA and ACCA"]),
      );
    default:
      return b(CATALOGUE_NAMES.get(key) ?? key);
  }
}
