/** Calendar dates as people on this laptop see them: the local day, not UTC's (Belgium is UTC+1/+2). */

/** `yyyy-mm-dd` of the day `at` falls on in the machine's own time zone. */
export function localIsoDate(at: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** What a typed date turned out to be: nothing, a real day, a day that does not exist (31/02), or no date at all. */
export type TypedDate =
  { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'impossible'; iso: string } | { kind: 'unreadable' };

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Reads a date the way people in Flanders type it, day first, whatever the browser's locale: "15/01/2027",
 * "15-01-2027", "15.1.2027", "15 1 2027", "15012027", two-digit years ("15/01/27" is 2027), and an ISO date pasted
 * from elsewhere ("2027-01-15"). A day that does not exist keeps its would-be ISO form (`impossible`), which the
 * ISO date schema refuses as `date_invalid`.
 */
export function parseTypedDate(text: string): TypedDate {
  const s = text.trim();
  if (s === '') return { kind: 'empty' };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dayFirst =
    /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4}|\d{2})$/.exec(s) ?? /^(\d{2})(\d{2})(\d{4}|\d{2})$/.exec(s);
  const parts: [string, string, string] | null = iso
    ? [iso[3]!, iso[2]!, iso[1]!]
    : dayFirst
      ? [dayFirst[1]!, dayFirst[2]!, dayFirst[3]!]
      : null;
  if (!parts) return { kind: 'unreadable' };
  const [day, month] = [Number(parts[0]), Number(parts[1])];
  const year = Number(parts[2]) + (parts[2].length === 2 ? 2000 : 0);
  const result = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  const real = month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
  return real ? { kind: 'date', iso: result } : { kind: 'impossible', iso: result };
}

/** `yyyy-mm-dd` as dd/mm/yyyy (15/01/2027); anything else unchanged. */
export function dayMonthYear(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** The validation key for a date field's value (ISO, '' or what was typed), or null when it is a real date. */
export function dateProblem(value: string): 'date_format' | 'date_invalid' | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) ? null : 'date_invalid';
  }
  return 'date_format';
}
