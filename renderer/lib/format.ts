/**
 * Dates shown written out, day first, the Flemish way (15 maart 2026) or the British (15 March 2026), from ISO
 * strings; never in the browser's own locale (an English (US) browser would put the month first). A calendar day
 * (`yyyy-mm-dd`) is that day in every time zone; a moment is the day it fell on here.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/**
 * One formatter per locale and options, made once: making an Intl formatter costs far more than using it (about a
 * millisecond each, 170 ms for the home list's dates at first load), and a list formats a date on every row.
 */
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

const tagOf = (locale: string) => (locale === 'en' ? 'en-GB' : 'nl-BE');

export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const day = iso.length === 10;
  const d = new Date(day ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  const tag = tagOf(locale);
  const format = cached(
    `date ${tag} ${day ? 'day' : 'moment'}`,
    () =>
      new Intl.DateTimeFormat(tag, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        ...(day ? { timeZone: 'UTC' } : {}),
      }),
  );
  return format.format(d);
}

export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const tag = tagOf(locale);
  return cached(
    `datetime ${tag}`,
    () => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(d);
}

/** A file size the way people read it: 84 kB, 1,2 MB. */
export function formatBytes(bytes: number, locale: string): string {
  const tag = locale === 'en' ? 'en-GB' : 'nl-BE';
  const mb = bytes >= 1_000_000;
  const value = mb ? bytes / 1_000_000 : Math.max(1, Math.round(bytes / 1000));
  return new Intl.NumberFormat(tag, {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: mb ? 1 : 0,
  }).format(value);
}
