/** "Waar we staan, per principe": per principle its chart over the quarters, its counts, and a table on request. */
import { useTranslation } from 'react-i18next';
import type { PrincipleTrend, Spread, TeamView } from '../../../shared/domain/teamView';
import { pick, type Locale } from '../../../shared/domain/template';
import { quarterLabel, teamFormat } from '../../../shared/i18n/teamView';
import { SpreadChart, SpreadLegend } from './SpreadChart';
import { TooFew } from './TooFew';

export function PrinciplesSection({ view, locale }: { view: TeamView; locale: Locale }) {
  const { t } = useTranslation();
  return (
    <section className="team-section" aria-labelledby="team-principles-title">
      <h2 id="team-principles-title">{t('teamView.principlesTitle')}</h2>
      <p className="team-section__intro">{t('teamView.principlesIntro')}</p>
      <SpreadLegend />
      <div className="principle-grid">
        {view.principles.map((p) => (
          <PrincipleCard key={p.key} trend={p} view={view} locale={locale} />
        ))}
      </div>
    </section>
  );
}

function PrincipleCard({ trend, view, locale }: { trend: PrincipleTrend; view: TeamView; locale: Locale }) {
  const { t } = useTranslation();
  const title = pick(trend.title, locale);
  const f = teamFormat(locale);
  return (
    <article className="principle-card" data-principle={trend.key}>
      <h3>{title}</h3>
      <p className="small muted">
        {t('teamView.principleCounts', { audits: f.count(trend.overall.audits), agreed: f.count(trend.agreed) })}
      </p>
      {trend.overall.tooFew ? (
        <TooFew min={view.minGroup} />
      ) : (
        <>
          <SpreadChart trend={trend} quarters={view.quarters} title={title} locale={locale} />
          <details className="team-table">
            <summary>{t('teamView.showTable')}</summary>
            <SpreadTable trend={trend} locale={locale} />
          </details>
        </>
      )}
    </article>
  );
}

/** The chart's numbers: one row per quarter and one for the whole period. */
export function SpreadTable({ trend, locale }: { trend: PrincipleTrend; locale: Locale }) {
  const { t } = useTranslation();
  const rows: { key: string; label: string; spread: Spread }[] = [
    ...trend.perQuarter.map((q) => ({ key: q.quarter, label: quarterLabel(t, q.quarter), spread: q.spread })),
    { key: 'overall', label: t('teamView.overall'), spread: trend.overall },
  ];
  const f = teamFormat(locale);
  return (
    <table className="table team-table__table">
      <caption className="visually-hidden">{pick(trend.title, locale)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('teamView.colQuarter')}</th>
          <th scope="col">{t('teamView.colAudits')}</th>
          <th scope="col">{t('teamView.colMin')}</th>
          <th scope="col">{t('teamView.colQ1')}</th>
          <th scope="col">{t('teamView.colMedian')}</th>
          <th scope="col">{t('teamView.colQ3')}</th>
          <th scope="col">{t('teamView.colMax')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, label, spread: s }) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            <td className="num">{f.count(s.audits)}</td>
            {s.tooFew ? (
              <td colSpan={5} className="muted">
                {t('teamView.tooFewShort')}
              </td>
            ) : (
              [s.min, s.q1, s.median, s.q3, s.max].map((v, i) => (
                <td key={i} className="num">
                  {f.score(v)}
                </td>
              ))
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
