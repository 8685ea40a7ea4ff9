/** Reopening a completed audit: its own explicit step that asks who reopens it and why. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hasVisibleCharacter, type AuditDetail } from '../../../shared/domain/model';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { focusWhenShown } from '../../lib/focus';

/** The form's state lives here, so cancelling and starting again keeps what was typed. */
function useReopen(auditId: number, onReopened: () => void) {
  const [open, setOpen] = useState(false);
  const [by, setBy] = useState('');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setTried(true);
    if (!hasVisibleCharacter(by) || !hasVisibleCharacter(reason)) return;
    setBusy(true);
    setError(null);
    call('reopenAudit', { auditId, byName: by, reason })
      .then(() => {
        focusWhenShown('sign-title', { replaced: true });
        onReopened();
      })
      .catch(setError)
      .finally(() => setBusy(false));
  };
  return { open, setOpen, by, setBy, reason, setReason, tried, busy, error, submit };
}

function RequiredError() {
  const { t } = useTranslation();
  return (
    <p className="field__error" role="alert">
      {t('validation.required')}
    </p>
  );
}

export function Reopen({ audit, onReopened }: { audit: AuditDetail; onReopened: () => void }) {
  const { t } = useTranslation();
  const { open, setOpen, by, setBy, reason, setReason, tried, busy, error, submit } = useReopen(audit.id, onReopened);
  if (!open) {
    return (
      <p>
        <button type="button" className="btn" onClick={() => setOpen(true)}>
          {t('conversation.reopen.start')}
        </button>
      </p>
    );
  }
  const missingBy = tried && !hasVisibleCharacter(by);
  const missingReason = tried && !hasVisibleCharacter(reason);
  return (
    <form className="subform reopen" noValidate aria-labelledby="reopen-title" onSubmit={submit}>
      <h3 id="reopen-title">{t('conversation.reopen.title')}</h3>
      <p className="muted small">{t('conversation.reopen.explain')}</p>
      <div className={`field${missingBy ? ' field--error' : ''}`}>
        <label htmlFor="reopen-by">{t('conversation.reopen.by')}</label>
        <input
          id="reopen-by"
          type="text"
          list="reopen-people"
          value={by}
          maxLength={120}
          aria-invalid={missingBy || undefined}
          onChange={(e) => setBy(e.target.value)}
        />
        <datalist id="reopen-people">
          <option value={audit.consultant.name} />
          <option value={audit.reviewer.name} />
        </datalist>
        {missingBy && <RequiredError />}
      </div>
      <div className={`field${missingReason ? ' field--error' : ''}`}>
        <label htmlFor="reopen-reason">{t('conversation.reopen.reason')}</label>
        <textarea
          id="reopen-reason"
          rows={3}
          value={reason}
          maxLength={1000}
          aria-invalid={missingReason || undefined}
          onChange={(e) => setReason(e.target.value)}
        />
        {missingReason && <RequiredError />}
      </div>
      <ErrorBanner error={error} />
      <div className="form-actions">
        <button type="button" className="btn" onClick={() => setOpen(false)} disabled={busy}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {t('conversation.reopen.confirm')}
        </button>
      </div>
    </form>
  );
}
