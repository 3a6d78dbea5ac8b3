import { builder } from "./builder.js";

export const OrderDirection = builder.enumType("OrderDirection", {
  description: "Sort direction.",
  values: {
    ASC: { description: "Ascending: oldest, smallest or A first." },
    DESC: { description: "Descending: newest, largest or Z first." },
  } as const,
});
