// LocationInput: a place as a client sends it, for postings and headquarters; the zod schema
// validates and normalises it and declares the GraphQL input type, which graphql/zod-input.ts
// builds where an input uses it.
import { isValid as isUkPostcode, toNormalised } from "postcode";
import { z } from "zod";
import { countryCode, optionalText, requiredText } from "../write/fields.js";
import { issue } from "../write/user-errors.js";
import { resolvePlace } from "./gazetteer.js";

export const LocationInputSchema = z
  .object({
    name: requiredText(200).meta({ description: 'The place name as a job seeker reads it, e.g. "London".' }),
    addressLine: optionalText(300).meta({ description: "Street address." }),
    locality: optionalText(100).meta({ description: "Town or city." }),
    region: optionalText(100).meta({ description: 'Region or county, e.g. "South West England".' }),
    postcode: optionalText(16).meta({ description: "Postal code." }),
    countryCode: countryCode.nullish().meta({ description: "ISO 3166-1 alpha-2 country code (default GB)." }),
    latitude: z.number().min(-90).max(90).nullish().meta({ description: "WGS 84 latitude, -90 to 90 (with longitude)." }),
    longitude: z.number().min(-180).max(180).nullish().meta({ description: "WGS 84 longitude, -180 to 180 (with latitude)." }),
  })
  .meta({
    inputType: "LocationInput",
    description:
      'A place. For a UK place (countryCode GB, the default) the postcode must be a valid UK postcode; it is stored normalised ("ec2v7ae" becomes "EC2V 7AE").',
  })
  .superRefine((location, ctx) => {
    const country = location.countryCode ?? "GB";
    if (country === "GB" && location.postcode != null && !isUkPostcode(location.postcode)) {
      ctx.addIssue(issue(["postcode"], "INVALID", `"${location.postcode}" is not a valid UK postcode.`));
    }
    if ((location.latitude == null) !== (location.longitude == null)) {
      ctx.addIssue(
        issue([location.latitude == null ? "latitude" : "longitude"], "REQUIRED", "latitude and longitude go together: send both or neither."),
      );
    }
  })
  .transform((location) => {
    const country = location.countryCode ?? "GB";
    return {
      name: location.name,
      addressLine: location.addressLine ?? null,
      locality: location.locality ?? null,
      region: location.region ?? null,
      postcode:
        location.postcode == null ? null : country === "GB" ? (toNormalised(location.postcode) ?? location.postcode) : location.postcode.trim(),
      countryCode: country,
      latitude: location.latitude ?? null,
      longitude: location.longitude ?? null,
    };
  });

export type LocationData = z.output<typeof LocationInputSchema>;

/** A location to store: coordinates from the gazetteer (by locality, else name) when the client sent none. */
export function withCoordinates(location: LocationData): LocationData {
  if (location.latitude != null && location.longitude != null) return location;
  const place = resolvePlace(location.locality ?? location.name, location.countryCode);
  return place ? { ...location, latitude: place.latitude, longitude: place.longitude } : location;
}
