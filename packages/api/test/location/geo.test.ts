import { describe, expect, it } from "vitest";
import { boundingBox, fromKilometres, haversineKm, toKilometres } from "../../src/location/distance.js";
import { normalisePlaceName, resolvePlace } from "../../src/location/gazetteer.js";

describe("the gazetteer", () => {
  it("resolves UK towns and cities offline, UK first", () => {
    expect(resolvePlace("Bristol")).toMatchObject({ countryCode: "GB", latitude: expect.closeTo(51.45, 1), longitude: expect.closeTo(-2.6, 1) });
    expect(resolvePlace("london")).toMatchObject({ name: "London", countryCode: "GB" });
    expect(resolvePlace("Stoke on Trent")).toMatchObject({ name: "Stoke-on-Trent" });
    expect(resolvePlace("Belfast")).toMatchObject({ adminCode: "NIR" });
  });
  it("honours an explicit country", () => {
    expect(resolvePlace("Cambridge, US")).toMatchObject({ countryCode: "US" });
    expect(resolvePlace("Cambridge", "GB")).toMatchObject({ countryCode: "GB" });
  });
  it("returns null for places it does not know", () => {
    expect(resolvePlace("Xyzzyville")).toBeNull();
  });
  it("normalises names for matching", () => {
    expect(normalisePlaceName("  Stoke-on-Trent ")).toBe("stoke on trent");
    expect(normalisePlaceName("Zürich")).toBe("zurich");
  });
});

describe("distances", () => {
  it("computes great-circle distances (London to Bristol is about 170 km)", () => {
    const london = resolvePlace("London")!;
    const bristol = resolvePlace("Bristol")!;
    expect(haversineKm(london.latitude, london.longitude, bristol.latitude, bristol.longitude)).toBeCloseTo(171, -1);
    expect(fromKilometres(toKilometres(10, "MILES"), "MILES")).toBeCloseTo(10);
    expect(toKilometres(1, "MILES")).toBeCloseTo(1.609344);
  });
  it("bounds every point within the radius in its box", () => {
    const box = boundingBox(53.48, -2.24, 50);
    for (let bearing = 0; bearing < 360; bearing += 15) {
      const rad = (bearing * Math.PI) / 180;
      const lat = 53.48 + (49.9 / 111.2) * Math.cos(rad);
      const lon = -2.24 + ((49.9 / 111.2) * Math.sin(rad)) / Math.cos((53.48 * Math.PI) / 180);
      expect(haversineKm(53.48, -2.24, lat, lon)).toBeLessThan(50.5);
      expect(lat >= box.minLat && lat <= box.maxLat && lon >= box.minLon && lon <= box.maxLon).toBe(true);
    }
  });
});
