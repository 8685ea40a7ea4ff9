/**
 * One principle's scores per quarter as a small chart: per quarter a thin whisker from the lowest to the highest
 * score, a band over the middle half (first to third quartile) and a dot on the median, on the principle's own
 * scale. Shapes, not colours, tell them apart (Okabe-Ito blue, readable in greyscale). A quarter with too few audits
 * shows a dash. The chart is an image with a summary in words; the same numbers are in the table beside it.
 */
import { useTranslation } from 'react-i18next';
import type { PrincipleTrend, Quarter } from '../../../shared/domain/teamView';
import type { Locale } from '../../../shared/domain/template';
import { OKABE_ITO, quarterLabel, quarterSentence } from '../../../shared/i18n/teamView';

const W = 320;
const H = 150;
const PAD = { left: 26, right: 8, top: 10, bottom: 30 };

/** Whole-number ticks on a scale, at most six. */
export function scaleTicks(min: number, max: number): number[] {
  const step = Math.max(1, Math.ceil((max - min) / 5));
  const ticks: number[] = [];
  for (let v = min; v <= max; v += step) ticks.push(v);
  if (ticks[ticks.length - 1] !== max) ticks.push(max);
  return ticks;
}

interface Props {
  trend: PrincipleTrend;
  quarters: Quarter[];
  title: string;
  locale: Locale;
}

export function SpreadChart({ trend, quarters, title, locale }: Props) {
  const { t } = useTranslation();
  const { min, max } = trend.scale;
  const y = (v: number) => PAD.top + ((max - v) / (max - min || 1)) * (H - PAD.top - PAD.bottom);
  const byQuarter = new Map(trend.perQuarter.map((q) => [q.quarter, q.spread]));
  const colW = (W - PAD.left - PAD.right) / Math.max(1, quarters.length);
  const sentences = quarters.map((q) => {
    const s = byQuarter.get(q);
    return s ? quarterSentence(t, locale, q, s) : t('teamView.quarterTooFew', { quarter: quarterLabel(t, q) });
  });
  const label = t('teamView.principleChart', { title, min, max, quarters: sentences.join(' ') });
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="spread-chart" role="img" aria-label={label} focusable="false">
      {scaleTicks(min, max).map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="chart__grid" />
          <text x={PAD.left - 6} y={y(v) + 3.5} textAnchor="end" className="chart__label">
            {v}
          </text>
        </g>
      ))}
      {quarters.map((q, i) => {
        const cx = PAD.left + colW * (i + 0.5);
        const s = byQuarter.get(q);
        const [year, n] = q.split('-Q');
        return (
          <g key={q}>
            {s && !s.tooFew && s.median !== null ? (
              <>
                <line x1={cx} x2={cx} y1={y(s.max!)} y2={y(s.min!)} stroke={OKABE_ITO.black} strokeWidth={1.2} />
                <rect
                  x={cx - Math.min(9, colW * 0.3)}
                  width={Math.min(18, colW * 0.6)}
                  y={y(s.q3!)}
                  height={Math.max(1.5, y(s.q1!) - y(s.q3!))}
                  fill={OKABE_ITO.skyBlue}
                  stroke={OKABE_ITO.blue}
                  strokeWidth={1.2}
                />
                <circle cx={cx} cy={y(s.median)} r={4} fill={OKABE_ITO.black} stroke="#fff" strokeWidth={1.2} />
              </>
            ) : (
              <text x={cx} y={(PAD.top + H - PAD.bottom) / 2} textAnchor="middle" className="chart__label">
                –
              </text>
            )}
            <text x={cx} y={H - PAD.bottom + 12} textAnchor="middle" className="chart__label">
              {n ? t('teamView.quarterOnly', { q: n }) : q}
            </text>
            <text x={cx} y={H - PAD.bottom + 24} textAnchor="middle" className="chart__label chart__label--year">
              {year}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The key to the shapes, once above all principle charts. */
export function SpreadLegend() {
  const { t } = useTranslation();
  return (
    <p className="chart-legend" aria-hidden="true">
      <svg viewBox="0 0 16 16" width="16" height="16" focusable="false">
        <circle cx={8} cy={8} r={4} fill={OKABE_ITO.black} />
      </svg>{' '}
      {t('teamView.legendMedian')}{' '}
      <svg viewBox="0 0 16 16" width="16" height="16" focusable="false">
        <rect x={3} y={2} width={10} height={12} fill={OKABE_ITO.skyBlue} stroke={OKABE_ITO.blue} strokeWidth={1.2} />
      </svg>{' '}
      {t('teamView.legendMiddle')}{' '}
      <svg viewBox="0 0 16 16" width="16" height="16" focusable="false">
        <line x1={8} x2={8} y1={1} y2={15} stroke={OKABE_ITO.black} strokeWidth={1.2} />
      </svg>{' '}
      {t('teamView.legendRange')}
    </p>
  );
}
