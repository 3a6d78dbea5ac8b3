import { builder } from "../graphql/builder.js";

export const LocationType = builder.prismaObject("Location", {
  description: "A place: where a job is based, or an employer's headquarters.",
  fields: (t) => ({
    name: t.exposeString("name", {
      description: 'The place name as a job seeker reads it, e.g. "London".',
    }),
    addressLine: t.exposeString("addressLine", {
      nullable: true,
      description: "Street address, when the employer gives one.",
    }),
    locality: t.exposeString("locality", {
      nullable: true,
      description: "Town or city.",
    }),
    region: t.exposeString("region", {
      nullable: true,
      description: 'Region or county, e.g. "South West England".',
    }),
    postcode: t.exposeString("postcode", {
      nullable: true,
      description: 'Postal code, normalised (UK: "EC2V 7AE").',
    }),
    countryCode: t.expose("countryCode", {
      type: "CountryCode",
      description: "Country, as an ISO 3166-1 alpha-2 code.",
    }),
    latitude: t.exposeFloat("latitude", {
      nullable: true,
      description: "WGS 84 latitude in degrees.",
    }),
    longitude: t.exposeFloat("longitude", {
      nullable: true,
      description: "WGS 84 longitude in degrees.",
    }),
  }),
});
