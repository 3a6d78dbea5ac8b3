export type DistanceUnit = "KILOMETERS" | "MILES";

export const EARTH_RADIUS_KM = 6371.0088;
export const KM_PER_MILE = 1.609344;

export const toKilometres = (value: number, unit: DistanceUnit) => (unit === "MILES" ? value * KM_PER_MILE : value);
export const fromKilometres = (km: number, unit: DistanceUnit) => (unit === "MILES" ? km / KM_PER_MILE : km);

/** Great-circle distance in km (haversine), as the search SQL computes it. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** A lat/lon box that contains every point within `km` of the centre (for an index-backed prefilter). */
export function boundingBox(lat: number, lon: number, km: number) {
  const dLat = (km / EARTH_RADIUS_KM) * (180 / Math.PI);
  const cosLat = Math.cos((lat * Math.PI) / 180);
  const dLon = cosLat < 1e-6 ? 180 : Math.min(180, dLat / cosLat);
  return { minLat: lat - dLat, maxLat: lat + dLat, minLon: lon - dLon, maxLon: lon + dLon };
}
