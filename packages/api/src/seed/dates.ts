// Dates of the generated data are relative to a reference "today" at 00:00 UTC.

export const DAY_MS = 86_400_000;

/** `date` (default now) truncated to 00:00 UTC. */
export function startOfUtcDay(date: Date = new Date()): Date {
  return new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);
}
