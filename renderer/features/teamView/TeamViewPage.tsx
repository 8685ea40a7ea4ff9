/**
 * "Wat we samen leren" (Leren over tijd, issue 15): what the team learns from its completed audits over a period,
 * never per person. The scope form on top, a polite line with the number of audits, then the principles over the
 * quarters, where the two perspectives come closer, the action points' follow-up and the strengths, and the A4 PDF
 * for the team meeting. Every figure covers at least MIN_GROUP audits; below that it says there are too few.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_GROUP } from '../../../shared/domain/teamView';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useApi } from '../../lib/useApi';
import { ActionsSection } from './ActionsSection';
import { PrinciplesSection } from './PrinciplesSection';
import { QuestionsSection } from './QuestionsSection';
import { INITIAL_SCOPE, scopeInput, type ScopeValues } from './scope';
import { ScopeForm } from './ScopeForm';
import { StrengthsSection } from './StrengthsSection';
import { TeamPdfButton } from './TeamPdfButton';
import { TooFew } from './TooFew';
import { useTeamView } from './useTeamView';
import './teamView.css';

export function TeamViewPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'nl';
  const options = useApi('getTeamViewOptions', {});
  const [chosen, setValues] = useState<ScopeValues>(INITIAL_SCOPE);
  // Until someone picks a matrix, the one with the most completed audits.
  const matrices = options.data?.matrices ?? [];
  const first = matrices.reduce<(typeof matrices)[number] | null>((a, m) => (a && a.audits >= m.audits ? a : m), null);
  const values = chosen.matrix || !first ? chosen : { ...chosen, matrix: first.slug };
  const matrixName = matrices.find((m) => m.slug === values.matrix)?.name ?? null;
  const { input, problem } = scopeInput(values, options.data);
  const { view, error, loading } = useTeamView(input);
  const noMatrix = options.data && options.data.matrices.length === 0;

  return (
    <section aria-labelledby="team-view-title" className="team-view">
      <h1 id="team-view-title" tabIndex={-1}>
        {t('teamView.title')}
      </h1>
      <p>{t('teamView.intro')}</p>
      <p className="banner banner--info team-caution">{t('teamView.caution', { min: MIN_GROUP })}</p>
      <ErrorBanner error={options.error ?? error} />
      {noMatrix ? (
        <p className="muted">{t('teamView.noMatrix')}</p>
      ) : (
        <ScopeForm values={values} options={options.data} problem={problem} locale={locale} onChange={setValues} />
      )}
      <p role="status" className="team-count">
        {loading ? t('teamView.loading') : view ? t('teamView.count', { count: view.audits }) : ''}
      </p>
      {view && !noMatrix && (
        <div className={loading ? 'team-results team-results--stale' : 'team-results'}>
          {view.tooFew ? (
            <TooFew min={view.minGroup} wide />
          ) : (
            <>
              <PrinciplesSection view={view} locale={locale} />
              <QuestionsSection view={view} locale={locale} />
              <ActionsSection view={view} locale={locale} />
              <StrengthsSection view={view} />
              <TeamPdfButton view={view} matrixName={matrixName} />
            </>
          )}
        </div>
      )}
    </section>
  );
}
