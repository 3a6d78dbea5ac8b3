// Inputs for the benefit catalogue and for the benefits an employer or a posting offers: zod
// schemas that validate them and carry their GraphQL descriptions (graphql/zod-input.ts).
import { z } from "zod";
import { BenefitCategory, BenefitUnit } from "../generated/prisma/enums.js";
import { zodInputLimit, zodInputType } from "../graphql/zod-input.js";
import { optionalText, requiredText, slug } from "../write/fields.js";
import { issue } from "../write/user-errors.js";

const OfferedBenefitSchema = z
  .object({
    key: requiredText(60).meta({ description: 'The catalogue benefit\'s key, e.g. "pension" (see `benefits`).' }),
    detail: optionalText(500).meta({ description: "The offer in the employer's words." }),
    value: z.number().min(0).max(1_000_000_000).nullish().meta({ description: "The offer's amount, 0 or more (15 for a 15% pension)." }),
    unit: z.enum(BenefitUnit).nullish().meta({ description: "The unit of `value`." }),
  })
  .meta({
    inputType: "OfferedBenefitInput",
    description: 'A catalogue benefit as an employer or a posting offers it, e.g. { key: "pension", detail: "up to 15%", value: 15, unit: PERCENT }.',
  });

export const OfferedBenefitInput = zodInputType(OfferedBenefitSchema);

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

/** The list's size limit, for the `benefits` arguments that take it (graphql/input-limits.ts). */
export const OFFERED_BENEFITS_LIMIT = zodInputLimit(OfferedBenefitListSchema);

export type OfferedBenefitData = z.output<typeof OfferedBenefitSchema>;

export const CreateBenefitSchema = z
  .object({
    key: slug(60).meta({ description: 'Stable slug, unique in the catalogue, e.g. "cycle-to-work".' }),
    name: requiredText(100).meta({ description: 'Display name, e.g. "Cycle to work scheme".' }),
    category: z.enum(BenefitCategory).meta({ description: "The group the benefit belongs to." }),
    description: optionalText(1000).meta({ description: "What the benefit is." }),
  })
  .meta({ inputType: "CreateBenefitInput", description: "A new entry in the shared benefit catalogue (admin keys only)." });

export const CreateBenefitInput = zodInputType(CreateBenefitSchema);
