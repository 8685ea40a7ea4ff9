/** Words and numbers for the comparison: means with a decimal comma, a rater's summary in one short line. */
import type { TFunction } from 'i18next';
import type { Answer, RaterSummary } from '../../../shared/domain/compare';

export function formatMean(mean: number | null, locale: string): string {
  if (mean === null) return '–';
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-BE', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(mean);
}

/** "gemiddeld 6,4 · 4 van 5 gescoord, 1 niet van toepassing" */
export function summaryLine(t: TFunction, s: RaterSummary, locale: string): string {
  const total = s.scored + s.notApplicable + s.missing;
  const parts = [
    s.mean === null
      ? t('conversation.summary.noScores')
      : t('conversation.summary.mean', { mean: formatMean(s.mean, locale) }),
    t('conversation.summary.scored', { scored: s.scored, total }),
  ];
  let counts = parts.join(' · ');
  if (s.notApplicable > 0) counts += `, ${t('conversation.summary.notApplicable', { count: s.notApplicable })}`;
  if (s.missing > 0) counts += `, ${t('conversation.summary.missing', { count: s.missing })}`;
  return counts;
}

/** The answer as a short word or number, for screen readers and the side-by-side text. */
export function answerText(t: TFunction, a: Answer): string {
  if (a.kind === 'score') return String(a.score);
  if (a.kind === 'notApplicable') return t('conversation.notApplicable');
  return t('conversation.noAnswer');
}
