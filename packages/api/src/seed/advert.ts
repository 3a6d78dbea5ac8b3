// The real advert in examples/adverts/lloyds-machine-learning-engineer.txt (Lloyds Banking Group, "Machine Learning
// Engineer", as published on the UK government's "Find a job" service), typed by hand as seed data.
// Every fact in it has a home here; the text is verbatim (only the bullets became Markdown lists).
//
// Where each part of the advert went:
// - "Job details": postedAt, salary*, hoursType, closesAt, locations[0], workplaceType and
//   remoteDaysPerWeekMax ("work remotely up to 3 days per week"), employer, contractType, reference.
// - "Summary" block: title, salary, locations (London or Bristol), hoursPerWeek and hoursText,
//   workplacePolicy (the WORKING PATTERN paragraph) with officeDaysPerWeekMin ("at least two days
//   per week") and officeTimeShareMin ("or 40% of our time").
// - The body from "About this opportunity" to "Apply today and find out more.": description,
//   with summary, responsibilities, requirements and skills drawn from it; the employer's own
//   paragraphs also make up the employer's description.
// - The benefits package: the employer's benefits (they are not specific to this job).
// - "Proud member of the Disability Confident employer scheme": the employer's accreditation.
//   The paragraph under it is the service's standard explanation of the scheme, the same under
//   every such advert: it lives in catalogue.ts (ACCREDITATION_SCHEMES), not in this employer.
// - "Apply for this job" (the service's apply button): applyMethod WEBSITE, through the source.
import { annualiseSalary } from "../posting/salary.js";
import type { EmployerSeed, LocationSeed, PostingSeed } from "./types.js";

export const ADVERT_EMPLOYER_SLUG = "lloyds-banking-group";
export const ADVERT_REFERENCE = "153907_1773321498";

const ABOUT_GROUP =
  "Lloyds Banking Group is the UK's leading digital franchise, with over 13 million active online customers across our three main brands - including Lloyds Bank, Halifax and Bank of Scotland - as well as the biggest mobile bank in the country. We're building the bank of the future, and we need your help.";
const ABOUT_LAB =
  "Within the Natural Language Engineering Lab, we aim to pioneer innovative solutions that create, maintain, and enhance Conversational Memory, enabling AI agents to interact with customers as expertly as seasoned human financial and banking experts.";
const ABOUT_PEOPLE =
  "We're a diverse group of people, including data scientists, data engineers, machine learning engineers, software engineers, product owners, DevOps specialists, and many more. We come from a variety of backgrounds across the globe, but we all share a vision of the untapped potential of human and machine intelligence.";
const ABOUT_DATA =
  "The Bank has a huge, untapped resource in the form unstructured data contained in calls with customers, webchats, e-mail and a host of other documents and media. We have a range of technologies to capture it, and we want to lead on harnessing its potential.";
const DOING_INTRO = "In joining their Data Science team, you could have a very bright future at the ground-breaking of data-led innovation.";
const WHY_JOIN =
  "We're transforming at pace. Investing billions in our people, data and tech to change the way we meet the needs of our 28 million customers. We're growing, and we'd love you to be part of the journey.";
const TALENT =
  "We know that great talent comes from many backgrounds. Whilst this job advert may reference specific years of experience, we recognise that skills are developed in many ways, so if you have relevant, transferable experience, we encourage you to apply.";
const DIVERSITY =
  "Our ambition is to be the leading UK business for diversity, equity and inclusion supporting our customers, colleagues and communities and we're committed to creating an environment in which everyone can thrive, learn and develop.";
const BENEFITS_INTRO = "We also offer a wide-ranging benefits package, which includes:";
const CLOSING = "Ready for a career where you'll learn and thrive? Apply today and find out more.";

const WORKING_PATTERN =
  "Our work style is hybrid, which involves spending at least two days per week, or 40% of our time, at our London office site. Colleagues with disabilities can be supported with workplace adjustments including hybrid working expectations in line with our Flexibility Works policy.";

const RESPONSIBILITIES = [
  "You'll support all stages of a project from working with the business collaborators and users to exploring the problem statement, exploring our data assets, experimenting with different modelling approaches and developing systems powered by Machine Learning all within an iterative and Agile environment. This means a focus on improving our customer and colleague journeys.",
  "You'll need to understand the business' requirements and work with POs and Engineers to represent them through the creation and prioritisation of work for the development team.",
  "You'll develop and deploy models and Machine Learning systems in Python, supporting other Data Scientists and working in close collaboration with the end users and business SMEs.",
  "Your models will have a material impact on the lives of up to 30m+ customers across the whole of the UK.",
];

const ESSENTIAL = [
  "Working with NLP/ML/GenAI models, and having extensive production experience in Python.",
  "Applying deep learning, machine learning, analytical techniques, data processing, clustering, regression, and classification to create ML models that will help business collaborators understand unstructured data and semi-structured data within the organisation.",
  "Creating ML/LLM Ops and end-to-end pipelines on both on-premises and cloud platforms.",
  "Coding/scripting experience (Python) developed in a commercial/industry setting.",
  "Solid understanding of Python, including writing modular Pythonic code, familiarity with core Python data structures, fluency with pandas, and experience with unit testing.",
];

const DESIRABLE = [
  "Hands-on work experience with Google Cloud Platform (GCP) implementations.",
  "Experience in implementing and supporting Machine Learning systems, including automating data validation, model training, model validation, and model monitoring.",
  "Awareness of the latest industry technical developments, emerging trends, and new technologies related to Natural Language and Generative AI.",
  "Experience working with and building CI/CD pipelines",
  "Docker containerisation to build Docker containers from scratch.",
  "Experience in infrastructure via Terraform or any other tool resulting in build, test and maintaining it.",
];

/** The benefits package bullets, verbatim. */
const BENEFIT_BULLETS = [
  "A generous pension contribution of up to 15%",
  "An annual performance-related bonus",
  "Share schemes including free shares",
  "Benefits you can adapt to your lifestyle, such as discounted shopping",
  "28 days' holiday, with bank holidays on top",
  "A range of wellbeing initiatives and generous parental leave policies",
];

const list = (items: readonly string[]) => items.map((item) => `- ${item}`).join("\n");

const DESCRIPTION = [
  "## About this opportunity",
  ABOUT_GROUP,
  ABOUT_LAB,
  ABOUT_PEOPLE,
  ABOUT_DATA,
  "## What you'll be doing",
  DOING_INTRO,
  list(RESPONSIBILITIES),
  "## Why join us?",
  WHY_JOIN,
  "## What we're looking for?",
  list(ESSENTIAL),
  "## And any experience of these would be great",
  list(DESIRABLE),
  TALENT,
  "## This is a place for you",
  DIVERSITY,
  BENEFITS_INTRO,
  list(BENEFIT_BULLETS),
  CLOSING,
].join("\n\n");

/** Lloyds Banking Group's London office (EC2V 7AE): the headquarters and the advert's first location. */
const LONDON: LocationSeed = {
  name: "London",
  addressLine: null,
  locality: "London",
  region: "London",
  postcode: "EC2V 7AE",
  countryCode: "GB",
  latitude: 51.5147,
  longitude: -0.0921,
};

/** "LOCATION(S): London or Bristol": the advert names the city only. */
const BRISTOL: LocationSeed = {
  name: "Bristol",
  addressLine: null,
  locality: "Bristol",
  region: "South West England",
  postcode: null,
  countryCode: "GB",
  latitude: 51.4545,
  longitude: -2.5879,
};

export const ADVERT_EMPLOYER: EmployerSeed = {
  slug: ADVERT_EMPLOYER_SLUG,
  name: "Lloyds Banking Group",
  description: [ABOUT_GROUP, WHY_JOIN, DIVERSITY].join("\n\n"),
  websiteUrl: "https://www.lloydsbankinggroup.com",
  logoUrl: null,
  industry: "Banking and financial services",
  size: "ENTERPRISE",
  brands: ["Lloyds Bank", "Halifax", "Bank of Scotland"],
  headquarters: LONDON,
  accreditations: [
    {
      scheme: "DISABILITY_CONFIDENT",
      level: "EMPLOYER",
      statement: "Proud member of the Disability Confident employer scheme",
      awardedAt: null,
      expiresAt: null,
    },
  ],
  // The benefits package, in the advert's order. Its last bullet names two benefits ("A range of
  // wellbeing initiatives and generous parental leave policies"), so it is split in two.
  benefits: [
    {
      key: "pension",
      detail: "A generous pension contribution of up to 15%",
      value: 15,
      unit: "PERCENT",
    },
    {
      key: "bonus",
      detail: "An annual performance-related bonus",
      value: null,
      unit: null,
    },
    {
      key: "share-scheme",
      detail: "Share schemes including free shares",
      value: null,
      unit: null,
    },
    {
      key: "discounts",
      detail: "Benefits you can adapt to your lifestyle, such as discounted shopping",
      value: null,
      unit: null,
    },
    {
      key: "holiday",
      detail: "28 days' holiday, with bank holidays on top",
      value: 28,
      unit: "DAYS",
    },
    {
      key: "wellbeing",
      detail: "A range of wellbeing initiatives",
      value: null,
      unit: null,
    },
    {
      key: "parental-leave",
      detail: "Generous parental leave policies",
      value: null,
      unit: null,
    },
    // From the WORKING PATTERN paragraph: "Flexibility Works" is the group's flexible working
    // policy, under which hybrid working expectations can be adjusted. The posting's own hybrid
    // pattern is its workplace type and policy.
    {
      key: "flexible-working",
      detail: "Hybrid working expectations in line with our Flexibility Works policy",
      value: null,
      unit: null,
    },
  ],
};

const SALARY = {
  min: 61236,
  max: 68040,
  period: "YEAR",
  hoursPerWeek: 35,
} as const;
const ANNUAL = annualiseSalary(SALARY);

export const ADVERT_POSTING: PostingSeed = {
  reference: ADVERT_REFERENCE,
  title: "Machine Learning Engineer",
  summary: ABOUT_LAB,
  description: DESCRIPTION,
  team: "Data Science — Natural Language Engineering Lab",
  responsibilities: RESPONSIBILITIES,
  requirementsEssential: ESSENTIAL,
  requirementsDesirable: DESIRABLE,
  skills: [
    "Python",
    "Machine Learning",
    "NLP",
    "Generative AI",
    "Deep Learning",
    "pandas",
    "MLOps",
    "Google Cloud Platform",
    "CI/CD",
    "Docker",
    "Terraform",
  ],
  salaryMin: SALARY.min,
  salaryMax: SALARY.max,
  salaryCurrency: "GBP",
  salaryPeriod: SALARY.period,
  salaryText: "£61,236 to £68,040 per year",
  salaryAnnualMin: ANNUAL.annualMin,
  salaryAnnualMax: ANNUAL.annualMax,
  hoursType: "FULL_TIME",
  hoursPerWeek: SALARY.hoursPerWeek,
  hoursText: "Full-time - 35 hours per week",
  contractType: "PERMANENT",
  workplaceType: "HYBRID",
  remoteDaysPerWeekMax: 3,
  officeDaysPerWeekMin: 2,
  officeTimeShareMin: 40,
  workplacePolicy: WORKING_PATTERN,
  postedAt: new Date("2026-03-12T00:00:00.000Z"),
  closesAt: new Date("2026-03-26T23:59:59.000Z"),
  status: "PUBLISHED",
  applyUrl: null,
  applyEmail: null,
  applyMethod: "WEBSITE",
  applyInstructions: null,
  directApply: false,
  sourceName: "Find a job",
  sourceUrl: null,
  sourceId: null,
  locations: [LONDON, BRISTOL],
  benefits: [],
};

/** The advert: its employer and the posting, as seed.ts inserts them. */
export const ADVERT = {
  employer: ADVERT_EMPLOYER,
  posting: ADVERT_POSTING,
} as const;
