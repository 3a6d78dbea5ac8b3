// The API's custom scalars as result types: strings at run time, each branded with its scalar at
// compile time, so a date cannot be passed where a currency is expected and editors show what a
// string holds. Variables (inputs) take plain strings.

declare const scalar: unique symbol;

/** A string the API returns for the custom scalar `Name`; usable anywhere a string is. */
export type ScalarString<Name extends string> = string & { readonly [scalar]: Name };

/** A date and time in UTC, as an ISO 8601 string, e.g. `2026-03-12T09:00:00.000Z`: `new Date(value)` reads it. */
export type DateTimeString = ScalarString<"DateTime">;
/** A calendar date, as an ISO 8601 string, e.g. `2026-03-26`. */
export type DateString = ScalarString<"Date">;
/** A currency, as an ISO 4217 code, e.g. `GBP`. */
export type CurrencyCode = ScalarString<"Currency">;
/** A country, as an ISO 3166-1 alpha-2 code, e.g. `GB`. */
export type CountryCode = ScalarString<"CountryCode">;
/** An absolute http(s) URL, e.g. `https://www.lloydsbankinggroup.com/careers`. */
export type UrlString = ScalarString<"URL">;
