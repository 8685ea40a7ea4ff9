/**
 * "Waar onze blikken dichter bij elkaar komen": per question, in the matrix's order (never sorted by a figure), how
 * often both perspectives gave the same score or were at most a point apart (a small bar beside each number), the
 * mean difference, and across enough audits weighted kappa and ICC with their interval. Each explained in a sentence.
 */
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionAgreement, TeamView } from '../../../shared/domain/teamView';
import { MIN_PAIRS_CHANCE_CORRECTED } from '../../../shared/domain/teamView';
import { pick, type Locale } from '../../../shared/domain/template';
import { intervalText, OKABE_ITO, teamFormat } from '../../../shared/i18n/teamView';

/** A fraction as a number with a small bar; the bar is decoration, the number is what is read. */
function FractionBar({ value, locale }: { value: number; locale: Locale }) {
  return (
    <span className="fraction">
      <svg viewBox="0 0 100 10" className="fraction__bar" aria-hidden="true" focusable="false">
        <rect x={0} y={1} width={100} height={8} fill="#fff" stroke={OKABE_ITO.blue} strokeWidth={0.8} />
        <rect x={0} y={1} width={Math.max(0, Math.min(1, value)) * 100} height={8} fill={OKABE_ITO.blue} />
      </svg>
      <span className="num">{teamFormat(locale).percent(value)}</span>
    </span>
  );
}

function QuestionRow({ q, locale, min }: { q: QuestionAgreement; locale: Locale; min: number }) {
  const { t } = useTranslation();
  const f = teamFormat(locale);
  return (
    <tr data-question={q.key}>
      <th scope="row">{pick(q.title, locale)}</th>
      <td className="num">{f.count(q.pairs)}</td>
      {q.tooFew || q.exact === null || q.withinOne === null ? (
        <td colSpan={5} className="muted">
          {t('teamView.tooFew', { min })}
        </td>
      ) : (
        <>
          <td>
            <FractionBar value={q.exact} locale={locale} />
          </td>
          <td>
            <FractionBar value={q.withinOne} locale={locale} />
          </td>
          <td className="num">{f.score(q.meanAbsDiff)}</td>
          <td className={q.kappa ? undefined : 'nowrap'}>{intervalText(t, locale, q.kappa)}</td>
          <td className={q.icc ? undefined : 'nowrap'}>{intervalText(t, locale, q.icc)}</td>
        </>
      )}
    </tr>
  );
}

export function QuestionsSection({ view, locale }: { view: TeamView; locale: Locale }) {
  const { t } = useTranslation();
  const principleTitle = new Map(view.principles.map((p) => [p.key, pick(p.title, locale)]));
  return (
    <section className="team-section" aria-labelledby="team-questions-title">
      <h2 id="team-questions-title">{t('teamView.questionsTitle')}</h2>
      <p className="team-section__intro">{t('teamView.questionsIntro')}</p>
      <ul className="team-explain small">
        <li>{t('teamView.kappaExplain')}</li>
        <li>{t('teamView.iccExplain')}</li>
        <li>{t('teamView.chanceNote', { min: MIN_PAIRS_CHANCE_CORRECTED })}</li>
      </ul>
      <div className="table-scroll" role="region" aria-labelledby="team-questions-title" tabIndex={0}>
        <table className="table question-table">
          <thead>
            <tr>
              <th scope="col">{t('teamView.colQuestion')}</th>
              <th scope="col">{t('teamView.colPairs')}</th>
              <th scope="col">{t('teamView.colExact')}</th>
              <th scope="col">{t('teamView.colWithinOne')}</th>
              <th scope="col">{t('teamView.colMeanDiff')}</th>
              <th scope="col">{t('teamView.colKappa')}</th>
              <th scope="col">{t('teamView.colIcc')}</th>
            </tr>
          </thead>
          <tbody>
            {view.questions.map((q, i) => {
              const group = q.principleKey ?? '';
              const starts = i === 0 || (view.questions[i - 1]!.principleKey ?? '') !== group;
              return (
                <Fragment key={q.key}>
                  {starts && q.principleKey && (
                    <tr className="question-table__group">
                      <th scope="colgroup" colSpan={7}>
                        {principleTitle.get(q.principleKey) ?? q.principleKey}
                      </th>
                    </tr>
                  )}
                  <QuestionRow q={q} locale={locale} min={view.minGroup} />
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
