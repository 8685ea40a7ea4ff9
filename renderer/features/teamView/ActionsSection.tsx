/**
 * "Wat we afspraken en wat ervan kwam": the action points of the audits in scope by their latest follow-up, as totals
 * and as one stacked bar per quarter (done, still open, no longer relevant). Neither red nor green: Okabe-Ito blue,
 * orange and sky blue, with a solid fill, a hatch and dots so the parts also differ on a greyscale screen or print.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionsSummary, TeamView } from '../../../shared/domain/teamView';
import type { Locale } from '../../../shared/domain/template';
import { quarterLabel, STATE_COLOR, STATE_ORDER, teamFormat } from '../../../shared/i18n/teamView';
import { TooFew } from './TooFew';

const W = 520;
const ROW = 22;
const LEFT = 74;
const RIGHT = 40;

type State = (typeof STATE_ORDER)[number];

function Patterns({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={`${id}-open`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill={STATE_COLOR.open} />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#000" strokeWidth="1.6" />
      </pattern>
      <pattern id={`${id}-dropped`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={STATE_COLOR.dropped} />
        <circle cx="3" cy="3" r="1.1" fill="#000" />
      </pattern>
    </defs>
  );
}

const fillOf = (id: string, s: State) => (s === 'done' ? STATE_COLOR.done : `url(#${id}-${s})`);

function ActionsChart({ actions }: { actions: ActionsSummary }) {
  const { t } = useTranslation();
  const id = useId().replace(/:/g, '');
  const rows = actions.perQuarter;
  const most = Math.max(1, ...rows.map((r) => r.total));
  const scale = (W - LEFT - RIGHT) / most;
  const label = t('teamView.actionsChart', {
    quarters: rows
      .map((r) =>
        r.tooFew
          ? t('teamView.quarterTooFew', { quarter: quarterLabel(t, r.quarter) })
          : t('teamView.actionsQuarter', { quarter: quarterLabel(t, r.quarter), ...r.byState }),
      )
      .join(' '),
  });
  return (
    <svg viewBox={`0 0 ${W} ${rows.length * ROW + 6}`} className="actions-chart" role="img" aria-label={label}>
      <Patterns id={id} />
      {rows.map((r, i) => {
        let x = LEFT;
        return (
          <g key={r.quarter} transform={`translate(0 ${i * ROW + 3})`}>
            <text x={LEFT - 8} y={ROW / 2 + 1} textAnchor="end" className="chart__label">
              {quarterLabel(t, r.quarter)}
            </text>
            {r.tooFew && (
              <text x={LEFT} y={ROW / 2 + 1} className="chart__label">
                {t('teamView.tooFewShort')}
              </text>
            )}
            {STATE_ORDER.map((s) => {
              const w = r.tooFew ? 0 : r.byState[s] * scale;
              const rect = <rect key={s} x={x} y={2} width={w} height={ROW - 6} fill={fillOf(id, s)} stroke="#fff" />;
              x += w;
              return rect;
            })}
            {!r.tooFew && (
              <text x={x + 6} y={ROW / 2 + 1} className="chart__label">
                {r.total}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

function ActionsLegend() {
  const { t } = useTranslation();
  const id = useId().replace(/:/g, '');
  return (
    <ul className="chart-legend chart-legend--list" aria-hidden="true">
      {STATE_ORDER.map((s) => (
        <li key={s}>
          <svg viewBox="0 0 14 14" width="14" height="14" focusable="false">
            <Patterns id={id} />
            <rect width="14" height="14" fill={fillOf(id, s)} />
          </svg>{' '}
          {t(`teamView.state_${s}`)}
        </li>
      ))}
    </ul>
  );
}

/** The chart's numbers: per quarter and in total. */
function ActionsTable({ actions, locale }: { actions: ActionsSummary; locale: Locale }) {
  const { t } = useTranslation();
  const f = teamFormat(locale);
  const rows = [
    ...actions.perQuarter.map((r) => ({ key: r.quarter, label: quarterLabel(t, r.quarter), ...r })),
    { key: 'total', label: t('teamView.overall'), total: actions.total, byState: actions.byState, tooFew: false },
  ];
  return (
    <table className="table team-table__table">
      <thead>
        <tr>
          <th scope="col">{t('teamView.colQuarter')}</th>
          {STATE_ORDER.map((s) => (
            <th scope="col" key={s}>
              {t(`teamView.state_${s}`)}
            </th>
          ))}
          <th scope="col">{t('teamView.colTotal')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            {r.tooFew ? (
              <td colSpan={STATE_ORDER.length + 1} className="muted">
                {t('teamView.tooFewShort')}
              </td>
            ) : (
              <>
                {STATE_ORDER.map((s) => (
                  <td key={s} className="num">
                    {f.count(r.byState[s])}
                  </td>
                ))}
                <td className="num">{f.count(r.total)}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ActionsSection({ view, locale }: { view: TeamView; locale: Locale }) {
  const { t } = useTranslation();
  const a = view.actions;
  return (
    <section className="team-section" aria-labelledby="team-actions-title">
      <h2 id="team-actions-title">{t('teamView.actionsTitle')}</h2>
      <p className="team-section__intro">{t('teamView.actionsIntro')}</p>
      {a.tooFew ? (
        <TooFew min={view.minGroup} />
      ) : (
        <>
          <p className="team-totals">{t('teamView.actionsTotals', { total: a.total, ...a.byState })}</p>
          <ActionsLegend />
          <ActionsChart actions={a} />
          <details className="team-table">
            <summary>{t('teamView.showTable')}</summary>
            <ActionsTable actions={a} locale={locale} />
          </details>
        </>
      )}
    </section>
  );
}
