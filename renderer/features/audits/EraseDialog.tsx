/**
 * The confirmation before erasing an audit, or its case file with all its audits: it names what goes, and a signed
 * (completed) audit also needs the box "Ik begrijp dat dit ondertekende gesprek verdwijnt" ticked; for a case file
 * the API says so when one of its audits is signed, and the box appears. Used by "Wissen" on the correction screen
 * and by "Bewaren of wissen".
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErasureTarget } from '../../../shared/domain/erasure';
import type { AuditStatus } from '../../../shared/domain/model';
import { ApiCallError, call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDate } from '../../lib/format';

/** What the confirmation names of an audit. */
export interface EraseSubject {
  id: number;
  caseFileId: number;
  dossierCode: string;
  auditDate: string;
  status: AuditStatus;
  consultantName: string;
  reviewerName: string;
}

export interface EraseRequest {
  subject: EraseSubject;
  what: 'audit' | 'caseFile';
}

interface Props {
  /** The open question, or null when the dialog is closed. */
  request: EraseRequest | null;
  onClose: () => void;
  onErased: (target: ErasureTarget) => void;
}

export function EraseDialog({ request, onClose, onErased }: Props) {
  const { t, i18n } = useTranslation();
  const [asked, setAsked] = useState<EraseRequest | null>(null);
  const [signed, setSigned] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (request !== asked) {
    // A new question starts clean.
    setAsked(request);
    setSigned(request?.subject.status === 'completed');
    setUnderstood(false);
    setError(null);
  }
  const s = request?.subject;
  const names = { code: s?.dossierCode ?? '', consultant: s?.consultantName ?? '', reviewer: s?.reviewerName ?? '' };

  const erase = async () => {
    if (!request) return;
    setBusy(true);
    setError(null);
    try {
      const confirmCompleted = signed && understood;
      const { subject, what } = request;
      const result =
        what === 'audit'
          ? await call('eraseAudit', { auditId: subject.id, confirmCompleted })
          : await call('eraseCaseFile', { id: subject.caseFileId, confirmCompleted });
      onClose();
      onErased(result.erased);
    } catch (err) {
      if (err instanceof ApiCallError && err.error.code === 'erase_unconfirmed') setSigned(true);
      else setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ConfirmDialog
      open={request !== null}
      title={t(request?.what === 'caseFile' ? 'erase.caseFileDialogTitle' : 'erase.auditDialogTitle')}
      confirmLabel={t('erase.confirm')}
      busy={busy}
      confirmDisabled={signed && !understood}
      onConfirm={() => void erase()}
      onCancel={onClose}
    >
      <p>
        {request?.what === 'caseFile'
          ? t('erase.caseFileWhat', names)
          : t('erase.auditWhat', { ...names, date: s ? formatDate(s.auditDate, i18n.language) : '' })}
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
  );
}
