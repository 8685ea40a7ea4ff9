/**
 * Finishing together: both sign off with their name (prefilled) and the date; then the audit is read-only.
 * Reopening a completed audit is its own explicit step with who and why, and every reopening stays visible.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RATERS, type AuditDetail, type Rater } from '../../../shared/domain/model';
import type { Revealed } from '../../../shared/domain/conversation';
import type { Locale } from '../../../shared/domain/template';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDate, formatDateTime } from '../../lib/format';
import { focusNextTime, useConversation } from './store';

function Seat({
  audit,
  rater,
  revealed,
  locale,
  onCompleted,
}: {
  audit: AuditDetail;
  rater: Rater;
  revealed: Revealed;
  locale: Locale;
  onCompleted: () => void;
}) {
  const { t } = useTranslation();
  const person = rater === 'consultant' ? audit.consultant : audit.reviewer;
  const [name, setName] = useState(person.name);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const flush = useConversation((s) => s.flush);
  const refresh = useConversation((s) => s.refresh);
  const signed = revealed.signOffs.find((s) => s.rater === rater);
  const completed = audit.status === 'completed';
  const id = `sign-${rater}`;
  return (
    <div className={`seat sign-seat${signed ? ' is-signed' : ''}`}>
      <p className="seat__role">{t(`raters.${rater}`)}</p>
      {signed ? (
        <>
          <p className="seat__name">{signed.name}</p>
          <p className="sign-seat__state">
            <span aria-hidden="true">✓ </span>
            {t('conversation.sign.signedOn', { date: formatDateTime(signed.signedAt, locale) })}
          </p>
          {!completed && <p className="muted small">{t('conversation.sign.changeWithdraws')}</p>}
        </>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setBusy(true);
            setError(null);
            // Every note typed so far is stored first: the signature covers what is on screen.
            flush()
              .then(() => call('signOff', { auditId: audit.id, rater, name }))
              .then((summary) => {
                if (summary.status !== 'completed') return refresh();
                focusNextTime('sign-title');
                onCompleted();
              })
              .catch(setError)
              .finally(() => setBusy(false));
          }}
        >
          <div className="field">
            <label htmlFor={id}>{t('conversation.sign.name')}</label>
            <input
              id={id}
              type="text"
              value={name}
              maxLength={120}
              autoComplete="off"
              onChange={(e) => setName(e.target.value)}
              disabled={completed}
            />
          </div>
          <p className="small muted">
            {t('conversation.sign.date', { date: formatDate(new Date().toISOString(), locale) })}
          </p>
          <button type="submit" className="btn btn--primary" disabled={busy || completed || name.trim() === ''}>
            {t('conversation.sign.button', { role: t(`raters.${rater}`).toLowerCase() })}
          </button>
          <ErrorBanner error={error} />
        </form>
      )}
    </div>
  );
}

function Reopen({ audit, onReopened }: { audit: AuditDetail; onReopened: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [by, setBy] = useState('');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!open) {
    return (
      <p>
        <button type="button" className="btn" onClick={() => setOpen(true)}>
          {t('conversation.reopen.start')}
        </button>
      </p>
    );
  }
  const missingBy = tried && by.trim() === '';
  const missingReason = tried && reason.trim() === '';
  return (
    <form
      className="subform reopen"
      noValidate
      aria-labelledby="reopen-title"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (by.trim() === '' || reason.trim() === '') return;
        setBusy(true);
        setError(null);
        call('reopenAudit', { auditId: audit.id, byName: by, reason })
          .then(() => {
            focusNextTime('sign-title');
            onReopened();
          })
          .catch(setError)
          .finally(() => setBusy(false));
      }}
    >
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
        {missingBy && (
          <p className="field__error" role="alert">
            {t('validation.required')}
          </p>
        )}
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
        {missingReason && (
          <p className="field__error" role="alert">
            {t('validation.required')}
          </p>
        )}
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

export function SignOff({
  audit,
  revealed,
  locale,
  onStatusChanged,
}: {
  audit: AuditDetail;
  revealed: Revealed;
  locale: Locale;
  onStatusChanged: () => void;
}) {
  const { t } = useTranslation();
  const completed = audit.status === 'completed';
  const lastSigned = revealed.signOffs.reduce<string>((max, s) => (s.signedAt > max ? s.signedAt : max), '');
  return (
    <section aria-labelledby="sign-title" className="sign-off">
      <h2 id="sign-title" tabIndex={-1}>
        {t('conversation.sign.title')}
      </h2>
      {completed ? (
        <div className="banner banner--info lock-banner" role="status">
          <strong>{t('conversation.sign.completedTitle', { date: formatDate(lastSigned, locale) })}</strong>{' '}
          {t('conversation.sign.completedText')}
        </div>
      ) : (
        <p className="muted">{t('conversation.sign.intro')}</p>
      )}
      <div className="seats">
        {RATERS.map((rater) => (
          <Seat
            key={rater}
            audit={audit}
            rater={rater}
            revealed={revealed}
            locale={locale}
            onCompleted={onStatusChanged}
          />
        ))}
      </div>
      {completed && <Reopen audit={audit} onReopened={onStatusChanged} />}
      {revealed.reopenings.length > 0 && (
        <section aria-labelledby="reopen-history" className="reopen-history">
          <h3 id="reopen-history">{t('conversation.reopen.history')}</h3>
          <ul>
            {revealed.reopenings.map((r) => (
              <li key={r.reopenedAt}>
                {t('conversation.reopen.entry', { date: formatDateTime(r.reopenedAt, locale), name: r.byName })}{' '}
                <q>{r.reason}</q>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
