/**
 * How the team view ("Leren over tijd") writes its figures, the same on screen and in the PDF: quarters as "K3 2026",
 * fractions as percentages, scores and differences with one decimal, kappa and ICC with two and their interval as
 * "tussen x en y". No function here takes or prints a person: the figures are about the team.
 */
import type { TFunction } from 'i18next';
import type { Locale } from '../domain/template';
import type { Interval, Quarter, Spread } from '../domain/teamView';

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, digits: number, percent = false, fixed = false): Intl.NumberFormat {
  const key = `${locale} ${digits} ${percent} ${fixed}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-BE', {
      style: percent ? 'percent' : 'decimal',
      minimumFractionDigits: fixed ? digits : 0,
      maximumFractionDigits: digits,
    });
    formats.set(key, f);
  }
  return f;
}

/** A figure for people to read; a dash for none. */
export function teamFormat(locale: Locale) {
  const dash = '–';
  return {
    /** A score or a difference of scores: one decimal (3,5). */
    score: (v: number | null) => (v === null ? dash : numberFormat(locale, 1).format(v)),
    /** A fraction 0..1 as a whole percentage (82 %). */
    percent: (v: number | null) => (v === null ? dash : numberFormat(locale, 0, true).format(v)),
    /** Kappa or ICC: two decimals (0,62). */
    coefficient: (v: number | null) => (v === null ? dash : numberFormat(locale, 2, false, true).format(v)),
    count: (v: number) => numberFormat(locale, 0).format(v),
  };
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** '2026-Q3' as "K3 2026" (nl) or "Q3 2026" (en); anything else as given. */
export function quarterLabel(t: TFunction, quarter: Quarter, long = false): string {
  const m = QUARTER.exec(quarter);
  return m ? t(long ? 'teamView.quarterLong' : 'teamView.quarter', { q: m[2], year: m[1] }) : quarter;
}

/** "0,62 (tussen 0,41 en 0,80)" or "nog niet". */
export function intervalText(t: TFunction, locale: Locale, iv: Interval | null): string {
  if (!iv) return t('teamView.notYet');
  const f = teamFormat(locale);
  return `${f.coefficient(iv.value)} (${t('teamView.between', { low: f.coefficient(iv.low), high: f.coefficient(iv.high) })})`;
}

/** One quarter of a principle in words, for the chart's label and the PDF. */
export function quarterSentence(t: TFunction, locale: Locale, quarter: Quarter, spread: Spread): string {
  const label = quarterLabel(t, quarter);
  if (spread.tooFew || spread.median === null) return t('teamView.quarterTooFew', { quarter: label });
  const f = teamFormat(locale);
  return t('teamView.quarterSummary', {
    quarter: label,
    median: f.score(spread.median),
    q1: f.score(spread.q1),
    q3: f.score(spread.q3),
  });
}

/** The Okabe-Ito palette (colour-blind safe); the charts add shapes or patterns so greyscale works too. */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

/** Follow-up states in the order the charts stack them: done first, then open, then no longer relevant. */
export const STATE_ORDER = ['done', 'open', 'dropped'] as const;
/** Neither red nor green: no state is "good" or "bad". */
export const STATE_COLOR = { done: OKABE_ITO.blue, open: OKABE_ITO.orange, dropped: OKABE_ITO.skyBlue } as const;
