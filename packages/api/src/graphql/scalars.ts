import { CountryCodeResolver, CurrencyResolver, DateResolver, DateTimeResolver, JSONResolver, URLResolver } from "graphql-scalars";
import { builder } from "./builder.js";

builder.addScalarType("DateTime", DateTimeResolver, {
  description: "A date and time in UTC, as an ISO 8601 string, e.g. `2026-03-12T09:00:00.000Z`.",
});
builder.addScalarType("Date", DateResolver, {
  description: "A calendar date, as an ISO 8601 string, e.g. `2026-03-26`.",
});
builder.addScalarType("URL", URLResolver, {
  description: "An absolute http(s) URL, e.g. `https://www.lloydsbankinggroup.com/careers`.",
});
builder.addScalarType("CountryCode", CountryCodeResolver, {
  description: "A country, as an ISO 3166-1 alpha-2 code, e.g. `GB`.",
});
builder.addScalarType("Currency", CurrencyResolver, {
  description: "A currency, as an ISO 4217 code, e.g. `GBP`.",
});
builder.addScalarType("JSON", JSONResolver, {
  description: "Any JSON value.",
});
