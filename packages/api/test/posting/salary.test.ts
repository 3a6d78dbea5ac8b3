import { describe, expect, it } from "vitest";
import { annualFactor, annualiseSalary, roundMoney, SALARY_PERIOD_FACTORS, STANDARD_HOURS_PER_WEEK } from "../../src/posting/salary.js";

describe("annualiseSalary", () => {
  it("keeps yearly salaries as they are (the Lloyds advert)", () => {
    expect(
      annualiseSalary({
        min: 61236,
        max: 68040,
        period: "YEAR",
        hoursPerWeek: 35,
      }),
    ).toEqual({
      annualMin: 61236,
      annualMax: 68040,
    });
  });

  it("multiplies monthly pay by 12, weekly by 52 and daily by 260", () => {
    expect(annualiseSalary({ min: 2500, max: 3000, period: "MONTH" })).toEqual({
      annualMin: 30000,
      annualMax: 36000,
    });
    expect(annualiseSalary({ min: 500, max: 650.5, period: "WEEK" })).toEqual({
      annualMin: 26000,
      annualMax: 33826,
    });
    expect(annualiseSalary({ min: 450, max: 550, period: "DAY" })).toEqual({
      annualMin: 117000,
      annualMax: 143000,
    });
  });

  it("uses the posting's own hours per week for hourly pay", () => {
    expect(
      annualiseSalary({
        min: 12.21,
        max: 13.5,
        period: "HOUR",
        hoursPerWeek: 20,
      }),
    ).toEqual({
      annualMin: 12698.4,
      annualMax: 14040,
    });
  });

  it("falls back to the 37.5-hour UK standard week when the hours are missing or not positive", () => {
    const expected = { annualMin: 23809.5, annualMax: 25350 };
    expect(annualiseSalary({ min: 12.21, max: 13, period: "HOUR" })).toEqual(expected);
    expect(
      annualiseSalary({
        min: 12.21,
        max: 13,
        period: "HOUR",
        hoursPerWeek: null,
      }),
    ).toEqual(expected);
    expect(annualiseSalary({ min: 12.21, max: 13, period: "HOUR", hoursPerWeek: 0 })).toEqual(expected);
    expect(STANDARD_HOURS_PER_WEEK).toBe(37.5);
  });

  it("keeps only the end that was given", () => {
    expect(annualiseSalary({ min: 2000, period: "MONTH" })).toEqual({
      annualMin: 24000,
      annualMax: null,
    });
    expect(annualiseSalary({ max: 200, period: "DAY" })).toEqual({
      annualMin: null,
      annualMax: 52000,
    });
    expect(annualiseSalary({ min: null, max: null, period: "YEAR" })).toEqual({
      annualMin: null,
      annualMax: null,
    });
  });

  it("gives nothing without a period", () => {
    expect(annualiseSalary({ min: 30000, max: 35000, period: null })).toEqual({
      annualMin: null,
      annualMax: null,
    });
    expect(annualiseSalary({ min: 30000 })).toEqual({
      annualMin: null,
      annualMax: null,
    });
  });

  it("rounds to pence", () => {
    expect(annualiseSalary({ min: 10.333, period: "HOUR", hoursPerWeek: 37.5 })).toEqual({ annualMin: 20149.35, annualMax: null });
    expect(annualiseSalary({ min: 1234.567, period: "MONTH" }).annualMin).toBe(14814.8);
    expect(roundMoney(1.005)).toBe(1.01);
    expect(roundMoney(2.675)).toBe(2.68);
  });

  it("accepts Decimal-like and string figures", () => {
    const decimal = (n: number) => ({ toNumber: () => n });
    expect(
      annualiseSalary({
        min: decimal(15),
        max: "16.50",
        period: "HOUR",
        hoursPerWeek: decimal(40),
      }),
    ).toEqual({
      annualMin: 31200,
      annualMax: 34320,
    });
  });

  it("rejects negative and non-finite figures", () => {
    expect(() => annualiseSalary({ min: -1, period: "YEAR" })).toThrow(RangeError);
    expect(() => annualiseSalary({ max: Number.NaN, period: "YEAR" })).toThrow(RangeError);
    expect(() => annualiseSalary({ min: "abc", period: "YEAR" })).toThrow(RangeError);
  });
});

describe("annualFactor", () => {
  it("follows the documented factors", () => {
    expect(SALARY_PERIOD_FACTORS).toEqual({
      YEAR: 1,
      MONTH: 12,
      WEEK: 52,
      DAY: 260,
    });
    expect(annualFactor("HOUR", 35)).toBe(1820);
    expect(annualFactor("HOUR")).toBe(1950);
    expect(annualFactor("DAY", 20)).toBe(260);
  });
});
