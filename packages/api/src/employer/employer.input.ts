// What clients send to create and change employers: zod schemas that validate them and declare
// their GraphQL input types (graphql/zod-input.ts).
import { z } from "zod";
import { OfferedBenefitListSchema } from "../benefit/benefit.input.js";
import { AccreditationLevel, AccreditationScheme, EmployerSize } from "../generated/prisma/enums.js";
import { zodInputType } from "../graphql/zod-input.js";
import { LocationInputSchema } from "../location/location.input.js";
import { httpUrl, optionalText, requiredText, slug, textList } from "../write/fields.js";
import { issue } from "../write/user-errors.js";
import { SLUG_MAX } from "./slug.js";

const AccreditationSchema = z
  .object({
    scheme: z.enum(AccreditationScheme).meta({ description: "The scheme." }),
    level: z.enum(AccreditationLevel).nullish().meta({ description: "The level held, for schemes with levels." }),
    statement: optionalText(1000).meta({ description: "The employer's own statement." }),
    awardedOn: z.date().nullish().meta({ scalar: "Date", description: "When it was awarded." }),
    expiresOn: z.date().nullish().meta({ scalar: "Date", description: "When it lapses unless renewed; after `awardedOn`." }),
  })
  .meta({ inputType: "AccreditationInput", description: "A scheme the employer belongs to; each scheme at most once." })
  .superRefine((a, ctx) => {
    if (a.awardedOn && a.expiresOn && a.expiresOn <= a.awardedOn) ctx.addIssue(issue(["expiresOn"], "INVALID", "expiresOn must be after awardedOn."));
  });

/** An employer's fields with their rules; `.partial()` of it validates updates. Descriptions are the create's. */
const EmployerFieldsSchema = z.object({
  slug: slug(SLUG_MAX).meta({ description: 'Unique, URL-safe handle: lower-case letters, digits and hyphens, e.g. "acme-retail".' }),
  name: requiredText(200).meta({ description: "The employer's name." }),
  description: optionalText(20_000).meta({ description: "About the employer, in Markdown, stored as written." }),
  websiteUrl: httpUrl.nullish().meta({ description: "The employer's website: an absolute http(s) URL." }),
  logoUrl: httpUrl.nullish().meta({ description: "A logo image: an absolute http(s) URL." }),
  industry: optionalText(100).meta({ description: 'The employer\'s industry, e.g. "Banking and financial services".' }),
  size: z.enum(EmployerSize).nullish().meta({ description: "Headcount band." }),
  brands: textList(20, 100).nullish().meta({ description: "Trading names." }),
  headquarters: LocationInputSchema.nullish().meta({
    description: "Head office. Sending it replaces the stored headquarters; null removes it.",
  }),
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
    .nullish()
    .meta({ description: "Schemes and accreditations held. Sending it replaces the stored list." }),
});

export const CreateEmployerSchema = EmployerFieldsSchema.extend({
  benefits: OfferedBenefitListSchema.nullish().meta({ description: "Benefits offered on every posting (see also `setEmployerBenefits`)." }),
});
export const UpdateEmployerSchema = EmployerFieldsSchema.partial();

export type EmployerPatch = z.output<typeof UpdateEmployerSchema>;

export const CreateEmployerInput = zodInputType(CreateEmployerSchema, {
  name: "CreateEmployerInput",
  description: "A new employer (admin keys only).",
});

export const UpdateEmployerInput = zodInputType(UpdateEmployerSchema, {
  name: "UpdateEmployerInput",
  description: "Changes to an employer: fields left out keep their values, null clears a field.",
  descriptions: { slug: "A new unique slug (old links by slug stop working)." },
});
