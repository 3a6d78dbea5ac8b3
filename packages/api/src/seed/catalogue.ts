// The shared benefit catalogue: the benefits UK employers advertise, each under a stable key that
// clients can filter on. Employers and postings attach a catalogue entry with their own wording
// (`detail`), figure (`value`) and `unit`. Seeding upserts these by key, so editing a name or a
// description here and re-seeding updates an existing database.
import type { AccreditationLevel, AccreditationScheme, BenefitCategory } from "../generated/prisma/client.js";

export interface CatalogueBenefit {
  /** Stable, URL-safe identifier (kebab-case); never renamed once published. */
  readonly key: string;
  readonly name: string;
  readonly category: BenefitCategory;
  readonly description: string;
}

export const BENEFIT_CATALOGUE = [
  // FINANCIAL
  {
    key: "pension",
    name: "Pension",
    category: "FINANCIAL",
    description: "A workplace pension with an employer contribution, usually stated as a percentage of salary.",
  },
  {
    key: "bonus",
    name: "Bonus",
    category: "FINANCIAL",
    description: "A bonus on top of salary, paid for company, team or personal performance, or as sales commission.",
  },
  {
    key: "share-scheme",
    name: "Share scheme",
    category: "FINANCIAL",
    description: "Free, matching or discounted shares in the company, such as a Share Incentive Plan or Sharesave.",
  },
  {
    key: "life-assurance",
    name: "Life assurance",
    category: "FINANCIAL",
    description: "A lump sum paid to your family if you die in service, usually a multiple of your salary.",
  },
  {
    key: "season-ticket-loan",
    name: "Season ticket loan",
    category: "FINANCIAL",
    description: "An interest-free loan for an annual rail, bus or parking season ticket, repaid from salary.",
  },
  // TIME_OFF
  {
    key: "holiday",
    name: "Holiday",
    category: "TIME_OFF",
    description: "Paid annual leave, usually stated in days and whether bank holidays are on top.",
  },
  {
    key: "holiday-purchase",
    name: "Buy or sell holiday",
    category: "TIME_OFF",
    description: "The option to buy extra annual leave, or sell some back, through salary sacrifice.",
  },
  {
    key: "volunteering-leave",
    name: "Volunteering leave",
    category: "TIME_OFF",
    description: "Paid days off to volunteer for a charity or community cause.",
  },
  // HEALTH
  {
    key: "private-healthcare",
    name: "Private medical insurance",
    category: "HEALTH",
    description: "Private medical cover for you, and sometimes your family, paid for or subsidised by the employer.",
  },
  {
    key: "dental-insurance",
    name: "Dental insurance",
    category: "HEALTH",
    description: "Cover for routine and emergency dental treatment.",
  },
  {
    key: "enhanced-sick-pay",
    name: "Enhanced sick pay",
    category: "HEALTH",
    description: "Sick pay above Statutory Sick Pay, usually full pay for a number of weeks or months.",
  },
  // WELLBEING
  {
    key: "wellbeing",
    name: "Wellbeing programme",
    category: "WELLBEING",
    description: "Initiatives for physical and mental wellbeing, such as mental health first aiders, apps and health checks.",
  },
  {
    key: "employee-assistance",
    name: "Employee assistance programme",
    category: "WELLBEING",
    description: "A free, confidential helpline offering counselling and advice on money, legal and personal matters.",
  },
  {
    key: "gym-membership",
    name: "Gym membership",
    category: "WELLBEING",
    description: "Free or discounted gym and leisure membership.",
  },
  // FAMILY
  {
    key: "parental-leave",
    name: "Enhanced parental leave",
    category: "FAMILY",
    description: "Maternity, paternity, adoption and shared parental leave paid above the statutory minimum.",
  },
  {
    key: "childcare-support",
    name: "Childcare support",
    category: "FAMILY",
    description: "Help with the cost of childcare, such as a workplace nursery scheme or emergency childcare.",
  },
  // LIFESTYLE
  {
    key: "discounts",
    name: "Employee discounts",
    category: "LIFESTYLE",
    description: "Discounts on shopping, travel and leisure, or on the employer's own products and services.",
  },
  {
    key: "cycle-to-work",
    name: "Cycle to work scheme",
    category: "LIFESTYLE",
    description: "A bike and equipment for commuting through tax-efficient salary sacrifice.",
  },
  {
    key: "electric-car-scheme",
    name: "Electric car scheme",
    category: "LIFESTYLE",
    description: "An electric or hybrid car through tax-efficient salary sacrifice.",
  },
  // FLEXIBILITY
  {
    key: "flexible-working",
    name: "Flexible working",
    category: "FLEXIBILITY",
    description: "Flexible hours and patterns, such as flexitime, compressed hours, part-time hours or job sharing.",
  },
  {
    key: "hybrid-working",
    name: "Hybrid working",
    category: "FLEXIBILITY",
    description: "A policy of splitting the working week between home and the workplace.",
  },
  // DEVELOPMENT
  {
    key: "training-budget",
    name: "Training budget",
    category: "DEVELOPMENT",
    description: "A personal budget or paid time for courses, conferences and learning.",
  },
  {
    key: "study-support",
    name: "Professional qualifications",
    category: "DEVELOPMENT",
    description: "Funding and study leave for professional qualifications, such as accountancy, HR or engineering chartership.",
  },
] as const satisfies readonly CatalogueBenefit[];

/** A key of the seeded catalogue. */
export type BenefitKey = (typeof BENEFIT_CATALOGUE)[number]["key"];

export const BENEFIT_KEYS: readonly BenefitKey[] = BENEFIT_CATALOGUE.map((b) => b.key);

/** The catalogue entry for `key`; throws for a key that is not in the catalogue. */
export function catalogueBenefit(key: string): CatalogueBenefit {
  const benefit = BENEFIT_CATALOGUE.find((b) => b.key === key);
  if (!benefit) throw new Error(`Unknown benefit key "${key}"`);
  return benefit;
}

/**
 * What each accreditation scheme is and what its levels mean, for documentation (e.g. the
 * descriptions of the GraphQL enum values). The Disability Confident text is the one the UK
 * government's "Find a job" service prints under every Disability Confident employer's advert
 * (whose "For more details please go to Disability Confident" links to `url`).
 */
export const ACCREDITATION_SCHEMES: Readonly<
  Record<AccreditationScheme, { name: string; description: string; levels: readonly AccreditationLevel[]; url: string }>
> = {
  DISABILITY_CONFIDENT: {
    name: "Disability Confident",
    description:
      "The UK government scheme for employers committed to recruiting and retaining disabled people, at three levels: Committed, Employer and Leader. A Disability Confident employer will generally offer an interview to any applicant that declares they have a disability and meets the minimum criteria for the job as defined by the employer. It is important to note that in certain recruitment situations such as high-volume, seasonal and high-peak times, the employer may wish to limit the overall numbers of interviews offered to both disabled people and non-disabled people.",
    levels: ["COMMITTED", "EMPLOYER", "LEADER"],
    url: "https://www.gov.uk/government/collections/disability-confident-campaign",
  },
  LIVING_WAGE: {
    name: "Living Wage Employer",
    description:
      "Accredited by the Living Wage Foundation: pays every directly employed worker and regular contractor at least the real Living Wage, which is higher than the government's National Living Wage.",
    levels: ["ACCREDITED"],
    url: "https://www.livingwage.org.uk",
  },
  LIVING_HOURS: {
    name: "Living Hours",
    description:
      "Accredited by the Living Wage Foundation for secure hours: at least 16 hours a week, 4 weeks' notice of shifts and a contract that reflects the hours worked.",
    levels: ["ACCREDITED"],
    url: "https://www.livingwage.org.uk/living-hours",
  },
  ARMED_FORCES_COVENANT: {
    name: "Armed Forces Covenant Employer Recognition Scheme",
    description: "The Ministry of Defence's recognition of employers who support the armed forces community, at Bronze, Silver and Gold.",
    levels: ["BRONZE", "SILVER", "GOLD"],
    url: "https://www.gov.uk/government/publications/defence-employer-recognition-scheme",
  },
  MINDFUL_EMPLOYER: {
    name: "Mindful Employer",
    description: "A charter for employers committed to supporting the mental health of their staff.",
    levels: ["COMMITTED"],
    url: "https://www.mindfulemployer.net",
  },
  INVESTORS_IN_PEOPLE: {
    name: "Investors in People",
    description: "An accreditation for how an organisation leads, supports and develops its people.",
    levels: ["ACCREDITED", "SILVER", "GOLD"],
    url: "https://www.investorsinpeople.com",
  },
};
