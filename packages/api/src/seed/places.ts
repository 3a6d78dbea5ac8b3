// Real UK towns and cities for sample locations, checked by hand, read from data/places.json: each
// with its region, the real postcode of a central landmark (mostly the town hall, council house or
// main station) and that point's latitude and longitude (WGS84, to about 100 m). `weight` is a
// rough relative size of the place's job market, so that generated postings cluster where real
// ones do. A real gazetteer replaces this table later; keep it small and hand-checked until then.
import { z } from "zod";
import { check, readData, text, weight } from "./read-data.js";

/** UK regions: England's nine ITL1 regions (with "England" spelled out) and the three nations. */
const UK_REGIONS = [
  "North East England",
  "North West England",
  "Yorkshire and the Humber",
  "East Midlands",
  "West Midlands",
  "East of England",
  "London",
  "South East England",
  "South West England",
  "Wales",
  "Scotland",
  "Northern Ireland",
] as const;

const placeSchema = z.strictObject({
  name: text,
  region: z.enum(UK_REGIONS),
  /** A real postcode at the central point. */
  postcode: z.string().regex(/^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/),
  latitude: z.number().min(49.8).max(60.9),
  longitude: z.number().min(-8.2).max(1.8),
  /** Relative size of the local job market (London = 100). */
  weight,
});
export type Place = Readonly<z.output<typeof placeSchema>>;

export const UK_PLACES: readonly Place[] = readData("places.json", z.array(placeSchema).min(1));
check(new Set(UK_PLACES.map((p) => p.name)).size === UK_PLACES.length, "places.json", "two places have the same name");
