/**
 * Finishing together: both sign off with their name (prefilled) and the date; then the audit is read-only.
 * Reopening a completed audit is its own explicit step with who and why, and every reopening stays visible.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasVisibleCharacter, otherRater, RATERS, type AuditDetail, type Rater } from '../../../shared/domain/model';
import type { Revealed } from '../../../shared/domain/conversation';
import type { Locale } from '../../../shared/domain/template';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDate, formatDateTime } from '../../lib/format';
import { requireStored } from '../../lib/saveQueue';
import { Reopen } from './Reopen';
import { focusWhenShown } from '../../lib/focus';
import { useConversation } from './store';
import { Sentence, slot, UserText } from '../../components/UserText';
import { roleName, roleTitle } from '../../../shared/i18n/roles';

/** The seat's role in this audit as its heading, and the sign button's text with the same role. */
function SeatRole({ audit, rater }: { audit: AuditDetail; rater: Rater }) {
  const { t } = useTranslation();
  return (
    <p className="seat__role">
      <UserText>{roleTitle(t, audit, rater)}</UserText>
    </p>
  );
}
function SignLabel({ audit, rater }: { audit: AuditDetail; rater: Rater }) {
  const { t } = useTranslation();
  return (
    <Sentence text={t('conversation.sign.button', { role: slot('role') })} user={{ role: roleName(t, audit, rater) }} />
  );
}

/** Signing as one rater; afterwards focus goes to the other signer's name, or to the sign-off once both signed. */
function useSign(auditId: number, rater: Rater, name: string, onCompleted: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const flush = useConversation((s) => s.flush);
  const refresh = useConversation((s) => s.refresh);
  const sign = () => {
    setBusy(true);
    setError(null);
    // Every note is stored first (the signature covers what is on screen); if one is not, nothing is signed.
    flush()
      .then(requireStored('signOff'))
      .then(() => call('signOff', { auditId, rater, name }))
      .then((summary) => {
        if (summary.status !== 'completed') {
          // The first signature: on to the other signer's name (this form is replaced by the signature).
          focusWhenShown(`sign-${otherRater(rater)}`);
          return refresh();
        }
        focusWhenShown('sign-title', { replaced: true });
        onCompleted();
      })
      .catch(setError)
      .finally(() => setBusy(false));
  };
  return { busy, error, sign };
}

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
  const { busy, error, sign } = useSign(audit.id, rater, name, onCompleted);
  const signed = revealed.signOffs.find((s) => s.rater === rater);
  const completed = audit.status === 'completed';
  const id = `sign-${rater}`;
  return (
    <div className={`seat sign-seat${signed ? ' is-signed' : ''}`}>
      <SeatRole audit={audit} rater={rater} />
      {signed ? (
        <>
          <p className="seat__name">
            <UserText>{signed.name}</UserText>
          </p>
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
            sign();
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
          <button type="submit" className="btn btn--primary" disabled={busy || completed || !hasVisibleCharacter(name)}>
            <SignLabel audit={audit} rater={rater} />
          </button>
          <ErrorBanner error={error} />
        </form>
      )}
    </div>
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
                <Sentence
                  text={t('conversation.reopen.entry', {
                    date: formatDateTime(r.reopenedAt, locale),
                    name: slot('name'),
                  })}
                  user={{ name: r.byName }}
                />{' '}
                <q>
                  <UserText>{r.reason}</UserText>
                </q>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
