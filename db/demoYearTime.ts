/** Days, quarters and a small seeded random generator for the demo year (db/demoYear.ts); deterministic. */

/** mulberry32: a tiny seeded PRNG, so the same seed gives the same demo year. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const pickFrom = <T>(rnd: Random, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
export const between = (rnd: Random, min: number, max: number): number => min + Math.floor(rnd() * (max - min + 1));

const DAY_MS = 86_400_000;
/** Milliseconds (UTC) of a day's start. */
export const dayMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
export const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const addDays = (iso: string, days: number): string => isoOf(dayMs(iso) + days * DAY_MS);
export const daysBetween = (from: string, to: string): number => Math.round((dayMs(to) - dayMs(from)) / DAY_MS);
/** A working day: a Saturday or Sunday moves to the Monday after. */
export const workingDay = (iso: string) => {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return weekday === 6 ? addDays(iso, 2) : weekday === 0 ? addDays(iso, 1) : iso;
};
/** A moment on a day, `hours` after its (UTC) midnight. */
export const at = (iso: string, hours: number): number => dayMs(iso) + hours * 3_600_000;

export interface Quarter {
  /** First day. */
  start: string;
  /** Last day. */
  end: string;
}

/** The `count` full calendar quarters before the one `today` is in, oldest first. */
export function lastFullQuarters(today: string, count: number): Quarter[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const current = y * 4 + Math.floor((m - 1) / 3);
  const startOf = (q: number) => `${Math.floor(q / 4)}-${String((q % 4) * 3 + 1).padStart(2, '0')}-01`;
  return Array.from({ length: count }, (_, i) => {
    const q = current - count + i;
    return { start: startOf(q), end: addDays(startOf(q + 1), -1) };
  });
}
