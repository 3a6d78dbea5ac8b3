// Rules about a posting as a whole: consistency between fields, and what publishing needs. They
// run on the posting as it would be after the write (stored values merged with the input), so an
// update that only sends `salary.max` is still checked against the stored `salary.min`.

import type { Prisma } from "../generated/prisma/client.js";
import { toNumber } from "../graphql/decimal.js";
import { type UserError, userError } from "../write/user-errors.js";
import type { PostingFields, PostingPatch } from "./posting.input.js";
import { annualiseSalary } from "./salary.js";

/** The largest annual salary a NUMERIC(12,2) column holds. */
const MAX_ANNUAL = 9_999_999_999.99;

export type PostingState = PostingFields;

const GROUPS = ["salary", "hours", "workplace", "apply", "source", "requirements"] as const;

/** A stored posting (with its locations and benefits) in the input's shape. */
export function postingToState(row: PostingWithRelations): PostingState {
  const group = <T extends Record<string, unknown>>(value: T): T | null =>
    Object.values(value).some((v) => v != null && v !== false) ? value : null;
  return {
    reference: row.reference,
    title: row.title,
    summary: row.summary,
    description: row.description,
    team: row.team,
    responsibilities: row.responsibilities,
    requirements: { essential: row.requirementsEssential, desirable: row.requirementsDesirable },
    skills: row.skills,
    salary: group({
      min: toNumber(row.salaryMin),
      max: toNumber(row.salaryMax),
      currency: row.salaryCurrency,
      period: row.salaryPeriod,
      text: row.salaryText,
    }),
    hours: group({ type: row.hoursType, perWeek: toNumber(row.hoursPerWeek), text: row.hoursText }),
    contractType: row.contractType,
    workplace: group({
      type: row.workplaceType,
      remoteDaysPerWeekMax: toNumber(row.remoteDaysPerWeekMax),
      officeDaysPerWeekMin: toNumber(row.officeDaysPerWeekMin),
      officeTimeShareMin: toNumber(row.officeTimeShareMin),
      policy: row.workplacePolicy,
    }),
    locations: row.locations.map(({ location: l }) => ({
      name: l.name,
      addressLine: l.addressLine,
      locality: l.locality,
      region: l.region,
      postcode: l.postcode,
      countryCode: l.countryCode,
      latitude: l.latitude,
      longitude: l.longitude,
    })),
    closesAt: row.closesAt,
    apply: group({
      method: row.applyMethod,
      url: row.applyUrl,
      email: row.applyEmail,
      instructions: row.applyInstructions,
      directApply: row.directApply,
    }),
    benefits: row.benefits.map((b) => ({ key: b.benefit.key, detail: b.detail, value: toNumber(b.value), unit: b.unit })),
    otherBenefits: row.otherBenefits,
    source: group({ name: row.sourceName, url: row.sourceUrl, id: row.sourceId }),
  };
}

/** The Prisma selection `postingToState` needs. */
export const postingStateInclude = {
  locations: { orderBy: { position: "asc" }, include: { location: true } },
  benefits: { orderBy: { position: "asc" }, include: { benefit: { select: { key: true } } } },
} as const satisfies Prisma.PostingInclude;

export type PostingWithRelations = Prisma.PostingGetPayload<{ include: typeof postingStateInclude }>;

/** Stored state with a patch applied: absent fields keep their value, null clears, groups merge field by field. */
export function mergePosting(stored: PostingState, patch: PostingPatch): PostingState {
  const merged: Record<string, unknown> = { ...stored };
  for (const [name, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const current = merged[name];
    if ((GROUPS as readonly string[]).includes(name) && value !== null && current) {
      merged[name] = { ...current, ...Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) };
    } else merged[name] = value;
  }
  return merged as PostingState;
}

/** Problems between fields; paths are relative to the input. `postedAt` is the posting date closesAt must follow. */
export function postingConsistencyErrors(state: PostingState, postedAt: Date): UserError[] {
  const errors: UserError[] = [];
  const salary = state.salary;
  if (salary && (salary.min != null || salary.max != null)) {
    if (!salary.currency) errors.push(userError(["salary", "currency"], "REQUIRED", "salary.currency is required with a salary amount."));
    if (!salary.period) errors.push(userError(["salary", "period"], "REQUIRED", "salary.period is required with a salary amount."));
    if (salary.min != null && salary.max != null && salary.min > salary.max) {
      errors.push(userError(["salary", "max"], "INVALID", `salary.max (${salary.max}) must not be less than salary.min (${salary.min}).`));
    }
    const amounts = [salary.min, salary.max].filter((v): v is number => v != null);
    if (salary.period && amounts.every((v) => Number.isFinite(v) && v >= 0)) {
      const annual = annualSalary(state);
      if ((annual.annualMax ?? annual.annualMin ?? 0) > MAX_ANNUAL) {
        errors.push(userError(["salary", "max"], "OUT_OF_RANGE", "The salary, normalised to a year, is larger than Jobgraph can store."));
      }
    }
  }
  const workplace = state.workplace;
  if (workplace) {
    const { type, remoteDaysPerWeekMax: remote, officeDaysPerWeekMin: office, officeTimeShareMin: share } = workplace;
    if (!type) errors.push(userError(["workplace", "type"], "REQUIRED", "workplace.type is required when other workplace fields are set."));
    if (remote != null && office != null && remote + office > 7) {
      errors.push(
        userError(["workplace", "officeDaysPerWeekMin"], "INVALID", `${remote} remote days and ${office} office days make more than a week.`),
      );
    }
    if (type === "ON_SITE" && remote != null && remote > 0) {
      errors.push(userError(["workplace", "remoteDaysPerWeekMax"], "INVALID", "An ON_SITE job has no remote days; use HYBRID."));
    }
    if (type === "REMOTE" && ((office != null && office > 0) || (share != null && share > 0))) {
      errors.push(
        userError(
          ["workplace", office != null && office > 0 ? "officeDaysPerWeekMin" : "officeTimeShareMin"],
          "INVALID",
          "A REMOTE job has no office time; use HYBRID.",
        ),
      );
    }
  }
  if (state.closesAt && state.closesAt <= postedAt) {
    errors.push(userError(["closesAt"], "INVALID", `closesAt must be after the posting date (${postedAt.toISOString()}).`));
  }
  const apply = state.apply;
  if (apply?.method === "WEBSITE" && !apply.url)
    errors.push(userError(["apply", "url"], "REQUIRED", "apply.url is required when apply.method is WEBSITE."));
  if (apply?.method === "EMAIL" && !apply.email)
    errors.push(userError(["apply", "email"], "REQUIRED", "apply.email is required when apply.method is EMAIL."));
  return errors;
}

/** How far ahead of the server's clock a posting date may be: clock skew between a source and us, no more. */
export const MAX_POSTED_AT_AHEAD_MS = 5 * 60_000;

/**
 * A posting date is never in the future: a post-dated posting would top every newest-first search
 * until that date. Mutations date a posting with the server's clock; this is the rule for every
 * date that comes from elsewhere (imports' `datePosted`, "Posted:"), refused rather than clamped
 * so the source learns its data is wrong.
 */
export function postedAtErrors(postedAt: Date, now: Date): UserError[] {
  if (postedAt.getTime() <= now.getTime() + MAX_POSTED_AT_AHEAD_MS) return [];
  return [
    userError(
      ["postedAt"],
      "OUT_OF_RANGE",
      `The posting date ${postedAt.toISOString()} is in the future (it may be at most ${MAX_POSTED_AT_AHEAD_MS / 60_000} minutes ahead of the server's clock).`,
    ),
  ];
}

/**
 * What a posting lacks to be published (what a job board needs): a title and a description, a
 * location unless it is REMOTE, a closing date in the future, and a way to apply.
 */
export function publishProblems(state: PostingState, now: Date): UserError[] {
  const problems: UserError[] = [];
  const missing = (field: string[], message: string) => problems.push(userError(field, "NOT_PUBLISHABLE", message));
  if (!state.title?.trim()) missing(["title"], "A published posting needs a title.");
  if (!state.description?.trim()) missing(["description"], "A published posting needs a description.");
  if (!state.locations?.length && state.workplace?.type !== "REMOTE")
    missing(["locations"], "A published posting needs a location, unless its workplace type is REMOTE.");
  if (!state.closesAt) missing(["closesAt"], "A published posting needs a closing date.");
  else if (state.closesAt <= now)
    missing(["closesAt"], `A published posting needs a closing date in the future; it closed at ${state.closesAt.toISOString()}.`);
  if (!state.apply?.url && !state.apply?.email && !state.apply?.instructions) {
    missing(["apply"], "A published posting needs a way to apply: apply.url, apply.email or apply.instructions.");
  }
  return problems;
}

function annualSalary(state: PostingState) {
  const salary = state.salary;
  if (!salary?.period) return { annualMin: null, annualMax: null };
  return annualiseSalary({ min: salary.min ?? null, max: salary.max ?? null, period: salary.period, hoursPerWeek: state.hours?.perWeek ?? null });
}

/** The posting's own columns for a state (locations and benefits are rows of their own). */
export function postingColumns(state: PostingState) {
  const annual = annualSalary(state);
  return {
    reference: state.reference,
    title: state.title,
    summary: state.summary ?? null,
    description: state.description,
    team: state.team ?? null,
    responsibilities: state.responsibilities ?? [],
    requirementsEssential: state.requirements?.essential ?? [],
    requirementsDesirable: state.requirements?.desirable ?? [],
    skills: state.skills ?? [],
    otherBenefits: state.otherBenefits ?? [],
    salaryMin: state.salary?.min ?? null,
    salaryMax: state.salary?.max ?? null,
    salaryCurrency: state.salary?.currency ?? null,
    salaryPeriod: state.salary?.period ?? null,
    salaryText: state.salary?.text ?? null,
    salaryAnnualMin: annual.annualMin,
    salaryAnnualMax: annual.annualMax,
    hoursType: state.hours?.type ?? null,
    hoursPerWeek: state.hours?.perWeek ?? null,
    hoursText: state.hours?.text ?? null,
    contractType: state.contractType ?? null,
    workplaceType: state.workplace?.type ?? null,
    remoteDaysPerWeekMax: state.workplace?.remoteDaysPerWeekMax ?? null,
    officeDaysPerWeekMin: state.workplace?.officeDaysPerWeekMin ?? null,
    officeTimeShareMin: state.workplace?.officeTimeShareMin ?? null,
    workplacePolicy: state.workplace?.policy ?? null,
    closesAt: state.closesAt ?? null,
    applyMethod: state.apply?.method ?? null,
    applyUrl: state.apply?.url ?? null,
    applyEmail: state.apply?.email ?? null,
    applyInstructions: state.apply?.instructions ?? null,
    directApply: state.apply?.directApply ?? false,
    sourceName: state.source?.name ?? null,
    sourceUrl: state.source?.url ?? null,
    sourceId: state.source?.id ?? null,
  } satisfies Omit<Prisma.PostingUncheckedCreateInput, "employerId" | "postedAt">;
}
