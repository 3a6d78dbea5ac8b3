// GraphQL enums mirror the Prisma enums value for value; each value says what it means.
import type { EnumRef } from "@pothos/core";
import {
  AccreditationLevel,
  AccreditationScheme,
  ApplyMethod,
  BenefitCategory,
  BenefitUnit,
  ChangeKind,
  ChangeObjectType,
  ContractType,
  EmployerSize,
  HoursType,
  PostingStatus,
  SalaryPeriod,
  WebhookDeliveryStatus,
  WorkplaceType,
} from "../generated/prisma/enums.js";
import { builder } from "./builder.js";

type Described<E extends Record<string, string>> = { [K in keyof E]: string };

/** Each Prisma enum's GraphQL enum, so `z.enum(HoursType)` in an input schema finds `HoursTypeEnum` (graphql/zod-input.ts). */
const enumsByValues = new Map<object, EnumRef<never, string>>();

/** The GraphQL enum declared for a Prisma enum's values object. */
export function enumRefFor(values: object): EnumRef<never, string> | undefined {
  return enumsByValues.get(values);
}

function enumWithDescriptions<E extends Record<string, string>>(name: string, values: E, description: string, descriptions: Described<E>) {
  const valueOptions = Object.fromEntries(Object.keys(values).map((key) => [key, { value: values[key], description: descriptions[key] }]));
  // Pothos infers value configs from a literal; this one is built, so it is passed as its own type.
  const ref = builder.enumType(values, {
    name,
    description,
    values: valueOptions,
  } as never) as EnumRef<ReturnType<typeof builder.enumType> extends EnumRef<infer T, infer _V, infer _I> ? T : never, E[keyof E]>;
  enumsByValues.set(values, ref as EnumRef<never, string>);
  return ref;
}

export const EmployerSizeEnum = enumWithDescriptions("EmployerSize", EmployerSize, "An employer's headcount band.", {
  MICRO: "1 to 9 people.",
  SMALL: "10 to 49 people.",
  MEDIUM: "50 to 249 people.",
  LARGE: "250 to 4,999 people.",
  ENTERPRISE: "5,000 people or more.",
});

export const AccreditationSchemeEnum = enumWithDescriptions(
  "AccreditationScheme",
  AccreditationScheme,
  "A recognised employer scheme or accreditation.",
  {
    DISABILITY_CONFIDENT:
      "The UK government's Disability Confident scheme. Employers at EMPLOYER or LEADER level generally offer an interview to disabled applicants who meet the minimum criteria for the job.",
    LIVING_WAGE: "Accredited by the Living Wage Foundation as paying at least the real Living Wage.",
    LIVING_HOURS: "Accredited by the Living Wage Foundation for secure, predictable hours (Living Hours).",
    ARMED_FORCES_COVENANT: "Signed the Armed Forces Covenant (with an Employer Recognition Scheme award level when known).",
    MINDFUL_EMPLOYER: "Signed the MINDFUL EMPLOYER charter for mental health at work.",
    INVESTORS_IN_PEOPLE: "Accredited under the Investors in People standard.",
  },
);

export const AccreditationLevelEnum = enumWithDescriptions(
  "AccreditationLevel",
  AccreditationLevel,
  "The level held within an accreditation scheme.",
  {
    COMMITTED: "Disability Confident level 1: Disability Confident Committed.",
    EMPLOYER: "Disability Confident level 2: Disability Confident Employer.",
    LEADER: "Disability Confident level 3: Disability Confident Leader.",
    BRONZE: "Bronze award (e.g. Armed Forces Covenant Employer Recognition Scheme).",
    SILVER: "Silver award.",
    GOLD: "Gold award.",
    ACCREDITED: "Accredited, for schemes without levels (e.g. Living Wage).",
  },
);

export const PostingStatusEnum = enumWithDescriptions(
  "PostingStatus",
  PostingStatus,
  "Where a posting is in its life cycle. DRAFT -> PUBLISHED (publishPosting, when publishable) -> CLOSED (closePosting) -> PUBLISHED again " +
    "(publishPosting reopens); DRAFT, PUBLISHED or CLOSED -> ARCHIVED (archivePosting), which is final.",
  {
    DRAFT: "Being written (createPosting starts here); visible only to its employer's READ_DRAFTS keys and admins. Can be published or archived.",
    PUBLISHED: "Live on job boards until its closing date passes. Can be closed or archived; the first publication sets postedAt.",
    CLOSED: "No longer accepting applications; still visible. Can be published again (reopened) or archived.",
    ARCHIVED:
      "Withdrawn from view and final: it cannot be published, changed or unarchived; visible only to its employer's READ_DRAFTS keys and admins.",
  },
);

export const SalaryPeriodEnum = enumWithDescriptions("SalaryPeriod", SalaryPeriod, "The period a stated salary is paid per.", {
  HOUR: "Per hour.",
  DAY: "Per day.",
  WEEK: "Per week.",
  MONTH: "Per month.",
  YEAR: "Per year.",
});

export const HoursTypeEnum = enumWithDescriptions(
  "HoursType",
  HoursType,
  "Whether a job is full time, part time or flexible (kept apart from the contract type).",
  {
    FULL_TIME: "Full time.",
    PART_TIME: "Part time.",
    FLEXIBLE: "Flexible hours, e.g. annualised or chosen by the worker.",
  },
);

export const ContractTypeEnum = enumWithDescriptions("ContractType", ContractType, "The kind of contract offered (kept apart from the hours).", {
  PERMANENT: "A permanent (open-ended) contract.",
  FIXED_TERM: "A fixed-term contract with an end date.",
  TEMPORARY: "Temporary work, often through an agency.",
  CONTRACT: "A contractor or freelance engagement.",
  APPRENTICESHIP: "An apprenticeship combining work and training.",
  INTERNSHIP: "An internship or work placement.",
  VOLUNTEER: "Unpaid volunteering.",
});

export const WorkplaceTypeEnum = enumWithDescriptions("WorkplaceType", WorkplaceType, "Where the work is done.", {
  ON_SITE: "At the employer's premises.",
  HYBRID: "Partly remote, partly at the employer's premises.",
  REMOTE: "Fully remote.",
});

export const ApplyMethodEnum = enumWithDescriptions("ApplyMethod", ApplyMethod, "How candidates apply.", {
  WEBSITE: "On a website (the apply URL, or the site the posting came from).",
  EMAIL: "By email.",
  PHONE: "By phone.",
  IN_PERSON: "In person.",
});

export const BenefitCategoryEnum = enumWithDescriptions("BenefitCategory", BenefitCategory, "A group of related benefits.", {
  FINANCIAL: "Money: pension, bonus, shares, loans.",
  TIME_OFF: "Holiday and leave.",
  HEALTH: "Healthcare, insurance and sick pay.",
  WELLBEING: "Wellbeing and mental health support.",
  FAMILY: "Parental leave and family support.",
  LIFESTYLE: "Discounts and lifestyle perks.",
  FLEXIBILITY: "Flexible and hybrid working.",
  DEVELOPMENT: "Learning, training and career development.",
});

export const BenefitUnitEnum = enumWithDescriptions("BenefitUnit", BenefitUnit, "The unit of a benefit's value.", {
  PERCENT: "A percentage, e.g. a 15% pension contribution.",
  DAYS: "Days, e.g. 28 days' holiday.",
  WEEKS: "Weeks, e.g. 26 weeks' parental leave.",
  MONTHS: "Months.",
  GBP: "Pounds sterling.",
  EUR: "Euros.",
  USD: "US dollars.",
  MULTIPLE_OF_SALARY: "A multiple of annual salary, e.g. life assurance at 4x salary.",
});

export const ChangeKindEnum = enumWithDescriptions("ChangeKind", ChangeKind, "What a change did to its object.", {
  CREATED: "The object was created (by a mutation, an import or a bulk load).",
  UPDATED: "Fields changed: `changedFields` names them.",
  PUBLISHED: "A posting went live: a draft was published or a closed posting reopened.",
  CLOSED: "A posting was closed: still visible, taking no applications.",
  ARCHIVED: "A posting was archived: it left public view (for the public, a tombstone).",
  REMOVED: "The object was deleted: a tombstone for everyone.",
});

export const ChangeObjectTypeEnum = enumWithDescriptions("ChangeObjectType", ChangeObjectType, "The kind of object a change is about.", {
  POSTING: "A posting (`Posting`).",
  EMPLOYER: "An employer (`Employer`).",
  BENEFIT: "An entry of the benefit catalogue (`Benefit`).",
});

export const WebhookDeliveryStatusEnum = enumWithDescriptions("WebhookDeliveryStatus", WebhookDeliveryStatus, "Where a webhook delivery stands.", {
  PENDING: "Not delivered yet: waiting for its next attempt.",
  SUCCEEDED: "An attempt got a 2xx answer.",
  FAILED: "Every attempt failed for the retry window (24 hours); the endpoint was disabled. `redeliverWebhookDelivery` sends it again.",
});
