/** Calendar dates as people on this laptop see them: the local day, not UTC's (Belgium is UTC+1/+2). */

/** `yyyy-mm-dd` of the day `at` falls on in the machine's own time zone. */
export function localIsoDate(at: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
