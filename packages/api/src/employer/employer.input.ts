// What clients send to create and change employers: GraphQL input types and their zod schemas.
import { z } from "zod";
import { OfferedBenefitInput, OfferedBenefitListSchema } from "../benefit/benefit.input.js";
import { AccreditationLevel, AccreditationScheme, EmployerSize } from "../generated/prisma/enums.js";
import { builder } from "../graphql/builder.js";
import { AccreditationLevelEnum, AccreditationSchemeEnum, EmployerSizeEnum } from "../graphql/enums.js";
import { LocationInput, LocationInputSchema } from "../location/location.input.js";
import { httpUrl, optionalText, requiredText, slug, textList } from "../write/fields.js";
import { issue } from "../write/user-errors.js";

const AccreditationInput = builder.inputType("AccreditationInput", {
  description: "A scheme the employer belongs to; each scheme at most once.",
  fields: (t) => ({
    scheme: t.field({ type: AccreditationSchemeEnum, required: true, description: "The scheme." }),
    level: t.field({ type: AccreditationLevelEnum, description: "The level held, for schemes with levels." }),
    statement: t.string({ description: "The employer's own statement (at most 1,000 characters)." }),
    awardedOn: t.field({ type: "Date", description: "When it was awarded." }),
    expiresOn: t.field({ type: "Date", description: "When it lapses unless renewed; after `awardedOn`." }),
  }),
});

const descriptions = {
  name: "The employer's name (at most 200 characters).",
  description: "About the employer, in Markdown, stored as written.",
  websiteUrl: "The employer's website: an absolute http(s) URL.",
  logoUrl: "A logo image: an absolute http(s) URL.",
  industry: 'The employer\'s industry, e.g. "Banking and financial services".',
  size: "Headcount band.",
  brands: "Trading names (at most 20).",
  headquarters: "Head office. Sending it replaces the stored headquarters; null removes it.",
  accreditations: "Schemes and accreditations held. Sending it replaces the stored list.",
} as const;

export const CreateEmployerInput = builder.inputType("CreateEmployerInput", {
  description: "A new employer (admin keys only).",
  fields: (t) => ({
    slug: t.string({ required: true, description: 'Unique, URL-safe handle: lower-case letters, digits and hyphens, e.g. "acme-retail".' }),
    name: t.string({ required: true, description: descriptions.name }),
    description: t.string({ description: descriptions.description }),
    websiteUrl: t.string({ description: descriptions.websiteUrl }),
    logoUrl: t.string({ description: descriptions.logoUrl }),
    industry: t.string({ description: descriptions.industry }),
    size: t.field({ type: EmployerSizeEnum, description: descriptions.size }),
    brands: t.stringList({ description: descriptions.brands }),
    headquarters: t.field({ type: LocationInput, description: descriptions.headquarters }),
    accreditations: t.field({ type: [AccreditationInput], description: descriptions.accreditations }),
    benefits: t.field({ type: [OfferedBenefitInput], description: "Benefits offered on every posting (see also `setEmployerBenefits`)." }),
  }),
});

export const UpdateEmployerInput = builder.inputType("UpdateEmployerInput", {
  description: "Changes to an employer: fields left out keep their values, null clears a field.",
  fields: (t) => ({
    slug: t.string({ description: "A new unique slug (old links by slug stop working)." }),
    name: t.string({ description: descriptions.name }),
    description: t.string({ description: descriptions.description }),
    websiteUrl: t.string({ description: descriptions.websiteUrl }),
    logoUrl: t.string({ description: descriptions.logoUrl }),
    industry: t.string({ description: descriptions.industry }),
    size: t.field({ type: EmployerSizeEnum, description: descriptions.size }),
    brands: t.stringList({ description: descriptions.brands }),
    headquarters: t.field({ type: LocationInput, description: descriptions.headquarters }),
    accreditations: t.field({ type: [AccreditationInput], description: descriptions.accreditations }),
  }),
});

const AccreditationSchema = z
  .object({
    scheme: z.enum(AccreditationScheme),
    level: z.enum(AccreditationLevel).nullish(),
    statement: optionalText(1000),
    awardedOn: z.date().nullish(),
    expiresOn: z.date().nullish(),
  })
  .superRefine((a, ctx) => {
    if (a.awardedOn && a.expiresOn && a.expiresOn <= a.awardedOn) ctx.addIssue(issue(["expiresOn"], "INVALID", "expiresOn must be after awardedOn."));
  });

const EmployerFieldsSchema = z.object({
  slug: slug(100),
  name: requiredText(200),
  description: optionalText(20_000),
  websiteUrl: httpUrl.nullish(),
  logoUrl: httpUrl.nullish(),
  industry: optionalText(100),
  size: z.enum(EmployerSize).nullish(),
  brands: textList(20, 100).nullish(),
  headquarters: LocationInputSchema.nullish(),
  accreditations: z
    .array(AccreditationSchema)
    .max(20)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((a, index) => {
        if (seen.has(a.scheme)) ctx.addIssue(issue([index, "scheme"], "INVALID", `${a.scheme} is listed twice.`));
        seen.add(a.scheme);
      });
    })
    .nullish(),
});

export const CreateEmployerSchema = EmployerFieldsSchema.extend({ benefits: OfferedBenefitListSchema.nullish() });
export const UpdateEmployerSchema = EmployerFieldsSchema.partial();

export type EmployerPatch = z.output<typeof UpdateEmployerSchema>;
