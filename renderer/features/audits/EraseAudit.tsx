/**
 * "Wissen" on the correction screen: erase this audit, or its case file with all its audits, after the confirmation
 * of EraseDialog (it names what goes; a signed audit needs a second, explicit confirmation).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErasureTarget } from '../../../shared/domain/erasure';
import type { AuditDetail } from '../../../shared/domain/model';
import { EraseDialog, type EraseRequest, type EraseSubject } from './EraseDialog';
import { ErasePeople } from './ErasePeople';

export function EraseAudit({ audit, onErased }: { audit: AuditDetail; onErased: (target: ErasureTarget) => void }) {
  const { t } = useTranslation();
  const [request, setRequest] = useState<EraseRequest | null>(null);
  const subject: EraseSubject = {
    id: audit.id,
    caseFileId: audit.caseFile.id,
    dossierCode: audit.caseFile.dossierCode,
    auditDate: audit.auditDate,
    status: audit.status,
    consultantName: audit.consultant.name,
    reviewerName: audit.reviewer.name,
  };

  return (
    <section aria-labelledby="erase-title" className="correct-part">
      <h2 id="erase-title">{t('erase.title')}</h2>
      <p className="muted">{t('erase.intro')}</p>
      <div className="form-actions">
        <button type="button" className="btn" onClick={() => setRequest({ subject, what: 'audit' })}>
          {t('erase.auditButton')}
        </button>
        <button type="button" className="btn" onClick={() => setRequest({ subject, what: 'caseFile' })}>
          {t('erase.caseFileButton')}
        </button>
      </div>
      <ErasePeople onErased={onErased} />
      <EraseDialog request={request} onClose={() => setRequest(null)} onErased={onErased} />
    </section>
  );
}
