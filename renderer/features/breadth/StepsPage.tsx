/** "Stappen van het veiligheidsplan" of one dossier: the 13 steps of Tabel 8, each saved by itself. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SAFETY_PLAN_STEPS } from '../../../shared/domain/breadth';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Sentence, slot } from '../../components/UserText';
import { useApi } from '../../lib/useApi';
import { StepRow } from './StepRow';
import { useSteps } from './stepsStore';
import './breadth.css';

export function StepsPage({ caseFileId, onBack }: { caseFileId: number; onBack: () => void }) {
  const { t } = useTranslation();
  const { data, error } = useApi('getCaseFileSteps', { caseFileId });
  const load = useSteps((s) => s.load);
  const loaded = useSteps((s) => data !== undefined && s.source === data.steps);
  useEffect(() => {
    if (data) load(caseFileId, data.steps);
  }, [data, caseFileId, load]);

  return (
    <section aria-labelledby="steps-title" className="steps-page">
      <p className="page-links">
        <button type="button" className="btn btn--link" onClick={onBack}>
          ← {t('breadth.stepsPage.back')}
        </button>
      </p>
      <h1 id="steps-title" tabIndex={-1}>
        {data ? (
          <Sentence
            text={t('breadth.stepsPage.heading', { code: slot('code') })}
            user={{ code: data.caseFile.dossierCode }}
          />
        ) : (
          t('breadth.stepsPage.title')
        )}
      </h1>
      <ErrorBanner error={error} />
      <p className="muted">{t('breadth.stepsPage.intro')}</p>
      {data && loaded && (
        <ol className="step-list">
          {SAFETY_PLAN_STEPS.map((step, i) => (
            <StepRow key={`${caseFileId}-${step}`} step={step} n={i + 1} />
          ))}
        </ol>
      )}
    </section>
  );
}
