/**
 * "Gegevens aanpassen": correct the audit's case file, date and participants and their names while nothing is
 * signed. A completed audit keeps what was signed; the page then says how to reopen it instead.
 */
import { useTranslation } from 'react-i18next';
import { CorrectAudit, CorrectNames } from '../features/audits/CorrectAudit';
import { CorrectCaseFile } from '../features/caseFiles/CorrectCaseFile';
import { EraseAudit } from '../features/audits/EraseAudit';
import type { ErasureTarget } from '../../shared/domain/erasure';
import { ErrorBanner } from '../components/ErrorBanner';
import { useApi } from '../lib/useApi';

interface Props {
  auditId: number;
  onDone: () => void;
  onErased: (target: ErasureTarget) => void;
}

export function CorrectPage({ auditId, onDone, onErased }: Props) {
  const { t } = useTranslation();
  const { data: audit, error } = useApi('getAudit', { id: auditId });
  return (
    <section aria-labelledby="correct-title" className="narrow">
      {/* The heading is there from the start, so focus lands on it before the audit has loaded. */}
      <h1 id="correct-title" tabIndex={-1}>
        {t('correct.title')}
      </h1>
      <ErrorBanner error={error} />
      {!audit ? (
        !error && <p>{t('common.loading')}</p>
      ) : audit.status === 'completed' ? (
        <>
          <p className="banner banner--info">
            <strong>{t('correct.completedTitle')}</strong> {t('correct.completedText')}
          </p>
          <p>
            <button type="button" className="btn" onClick={onDone}>
              {t('correct.back')}
            </button>
          </p>
        </>
      ) : (
        <>
          <p className="muted">{t('correct.intro')}</p>
          <CorrectCaseFile caseFile={audit.caseFileDetail} onSaved={onDone} onCancel={onDone} />
          <CorrectAudit audit={audit} onSaved={onDone} onCancel={onDone} />
          <CorrectNames audit={audit} onSaved={onDone} onCancel={onDone} />
        </>
      )}
      {audit && <EraseAudit audit={audit} onErased={onErased} />}
    </section>
  );
}
