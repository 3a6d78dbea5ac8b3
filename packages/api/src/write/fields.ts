// Zod building blocks shared by the input schemas (*/*.input.ts).
import { z } from "zod";
import { issue } from "./user-errors.js";

const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));
const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

/** Text that must be present and not blank, at most `max` characters. */
export const requiredText = (max: number) =>
  z
    .string()
    .max(max)
    .superRefine((value, ctx) => {
      if (value.trim() === "") ctx.addIssue(issue([], "REQUIRED", "must not be blank."));
    });

/** Optional text: absent (unchanged), null (cleared) or at most `max` characters. */
export const optionalText = (max: number) => z.string().max(max).nullish();

/** A list of non-blank strings. */
export const textList = (maxItems: number, maxLength: number) => z.array(requiredText(maxLength)).max(maxItems);

/** An absolute http(s) URL: no javascript:, data: or other schemes. */
export const httpUrl = z
  .string()
  .max(2000)
  .superRefine((value, ctx) => {
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname) {
      ctx.addIssue(issue([], "INVALID", `"${value.slice(0, 100)}" is not an absolute http(s) URL.`));
    }
  });

/** An ISO 4217 currency code, e.g. GBP. */
export const currencyCode = z.string().superRefine((value, ctx) => {
  if (!CURRENCIES.has(value)) ctx.addIssue(issue([], "INVALID", `"${value.slice(0, 20)}" is not an ISO 4217 currency code (e.g. GBP).`));
});

/** An ISO 3166-1 alpha-2 country code, e.g. GB. */
export const countryCode = z.string().superRefine((value, ctx) => {
  if (!/^[A-Z]{2}$/.test(value) || !regionNames.of(value)) {
    ctx.addIssue(issue([], "INVALID", `"${value.slice(0, 20)}" is not an ISO 3166-1 alpha-2 country code (e.g. GB).`));
  }
});

/** A URL-safe handle: lower-case letters, digits and single hyphens. */
export const slug = (max: number) =>
  z
    .string()
    .max(max)
    .superRefine((value, ctx) => {
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) {
        ctx.addIssue(issue([], "INVALID", "must be lower-case letters, digits and single hyphens, e.g. acme-retail."));
      }
    });
