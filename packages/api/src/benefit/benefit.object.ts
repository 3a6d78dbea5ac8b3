import { builder } from "../graphql/builder.js";
import { BenefitCategoryEnum } from "../graphql/enums.js";

export const BenefitType = builder.prismaNode("Benefit", {
  description: "An entry in the shared benefit catalogue, e.g. pension, holiday or share scheme.",
  id: { field: "id", description: "Global ID." },
  // An ID that matches nothing visible resolves to null in node(id), as Relay expects.
  nullable: true,
  fields: (t) => ({
    key: t.exposeString("key", {
      description: 'Stable slug, e.g. "pension"; use it in filters and to look the benefit up.',
    }),
    name: t.exposeString("name", {
      description: 'Display name, e.g. "Pension".',
    }),
    category: t.expose("category", {
      type: BenefitCategoryEnum,
      description: "The group the benefit belongs to.",
    }),
    description: t.exposeString("description", {
      nullable: true,
      description: "What the benefit is.",
    }),
  }),
});

export const BenefitConnection = builder.connectionObject(
  {
    type: BenefitType,
    name: "BenefitConnection",
    description: "A page of benefits.",
  },
  { name: "BenefitEdge", description: "A benefit in a page." },
);
