/**
 * "Wissen" on the correction screen: erase this audit, or its case file with all its audits, after a confirmation
 * that names what goes. A signed (completed) audit also needs the box "Ik begrijp dat dit ondertekende gesprek
 * verdwijnt" ticked; for a case file the API says so when one of its audits is signed, and the box appears.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErasureTarget } from '../../../shared/domain/erasure';
import type { AuditDetail } from '../../../shared/domain/model';
import { ApiCallError, call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDate } from '../../lib/format';
import { ErasePeople } from './ErasePeople';

type What = 'audit' | 'caseFile';

export function EraseAudit({ audit, onErased }: { audit: AuditDetail; onErased: (target: ErasureTarget) => void }) {
  const { t, i18n } = useTranslation();
  const [what, setWhat] = useState<What | null>(null);
  const [signed, setSigned] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const names = { code: audit.caseFile.dossierCode, consultant: audit.consultant.name, reviewer: audit.reviewer.name };

  const open = (w: What) => {
    setWhat(w);
    setSigned(audit.status === 'completed');
    setUnderstood(false);
    setError(null);
  };
  const erase = async () => {
    setBusy(true);
    setError(null);
    try {
      const confirmCompleted = signed && understood;
      const result =
        what === 'audit'
          ? await call('eraseAudit', { auditId: audit.id, confirmCompleted })
          : await call('eraseCaseFile', { id: audit.caseFile.id, confirmCompleted });
      setWhat(null);
      onErased(result.erased);
    } catch (err) {
      if (err instanceof ApiCallError && err.error.code === 'erase_unconfirmed') setSigned(true);
      else setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="erase-title" className="correct-part">
      <h2 id="erase-title">{t('erase.title')}</h2>
      <p className="muted">{t('erase.intro')}</p>
      <div className="form-actions">
        <button type="button" className="btn" onClick={() => open('audit')}>
          {t('erase.auditButton')}
        </button>
        <button type="button" className="btn" onClick={() => open('caseFile')}>
          {t('erase.caseFileButton')}
        </button>
      </div>
      <ErasePeople onErased={onErased} />
      <ConfirmDialog
        open={what !== null}
        title={t(what === 'caseFile' ? 'erase.caseFileDialogTitle' : 'erase.auditDialogTitle')}
        confirmLabel={t('erase.confirm')}
        busy={busy}
        confirmDisabled={signed && !understood}
        onConfirm={() => void erase()}
        onCancel={() => setWhat(null)}
      >
        <p>
          {what === 'caseFile'
            ? t('erase.caseFileWhat', names)
            : t('erase.auditWhat', { ...names, date: formatDate(audit.auditDate, i18n.language) })}
        </p>
        {signed && (
          <>
            <p>{t('erase.signedHint')}</p>
            <label className="choice">
              <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />{' '}
              {t('erase.signedUnderstood')}
            </label>
          </>
        )}
        <ErrorBanner error={error} />
      </ConfirmDialog>
    </section>
  );
}
