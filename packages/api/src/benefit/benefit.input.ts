// Inputs for the benefit catalogue and for the benefits an employer or a posting offers.
import { z } from "zod";
import { BenefitCategory, BenefitUnit } from "../generated/prisma/enums.js";
import { builder } from "../graphql/builder.js";
import { BenefitCategoryEnum, BenefitUnitEnum } from "../graphql/enums.js";
import { optionalText, requiredText, slug } from "../write/fields.js";
import { issue } from "../write/user-errors.js";

export const OfferedBenefitInput = builder.inputType("OfferedBenefitInput", {
  description: 'A catalogue benefit as an employer or a posting offers it, e.g. { key: "pension", detail: "up to 15%", value: 15, unit: PERCENT }.',
  fields: (t) => ({
    key: t.string({ required: true, description: 'The catalogue benefit\'s key, e.g. "pension" (see `benefits`).' }),
    detail: t.string({ description: "The offer in the employer's words (at most 500 characters)." }),
    value: t.float({ description: "The offer's amount, 0 or more (15 for a 15% pension)." }),
    unit: t.field({ type: BenefitUnitEnum, description: "The unit of `value`." }),
  }),
});

export const OfferedBenefitSchema = z.object({
  key: requiredText(60),
  detail: optionalText(500),
  value: z.number().min(0).max(1_000_000_000).nullish(),
  unit: z.enum(BenefitUnit).nullish(),
});

/** A list of offered benefits: each catalogue benefit at most once, in the order given. */
export const OfferedBenefitListSchema = z
  .array(OfferedBenefitSchema)
  .max(50)
  .superRefine((benefits, ctx) => {
    const seen = new Set<string>();
    benefits.forEach((benefit, index) => {
      if (seen.has(benefit.key)) ctx.addIssue(issue([index, "key"], "INVALID", `Benefit "${benefit.key}" is listed twice.`));
      seen.add(benefit.key);
    });
  });

export type OfferedBenefitData = z.output<typeof OfferedBenefitSchema>;

export const CreateBenefitInput = builder.inputType("CreateBenefitInput", {
  description: "A new entry in the shared benefit catalogue (admin keys only).",
  fields: (t) => ({
    key: t.string({ required: true, description: 'Stable slug, unique in the catalogue, e.g. "cycle-to-work".' }),
    name: t.string({ required: true, description: 'Display name, e.g. "Cycle to work scheme".' }),
    category: t.field({ type: BenefitCategoryEnum, required: true, description: "The group the benefit belongs to." }),
    description: t.string({ description: "What the benefit is." }),
  }),
});

export const CreateBenefitSchema = z.object({
  key: slug(60),
  name: requiredText(100),
  category: z.enum(BenefitCategory),
  description: optionalText(1000),
});
