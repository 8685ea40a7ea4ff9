/** The deliberate reveal: both raters sit together and open the scores at once, after a confirmation. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditDetail } from '../../../shared/domain/model';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { focusWhenShown } from '../../lib/focus';
import { Sentence, slot } from '../../components/UserText';
import { roleNames } from '../../../shared/i18n/roles';

export function RevealStep({ audit, onRevealed }: { audit: AuditDetail; onRevealed: () => void }) {
  const { t } = useTranslation();
  const roles = roleNames(t, audit);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return (
    <section className="handover reveal" aria-labelledby="reveal-title">
      <p className="reveal__marks" aria-hidden="true">
        <span className="who who--consultant">●</span> <span className="who who--reviewer">◆</span>
      </p>
      <h2 id="reveal-title" tabIndex={-1}>
        {t('conversation.reveal.title')}
      </h2>
      <p className="handover__text">
        <Sentence
          text={t('conversation.reveal.text', { a: slot('a'), b: slot('b'), aRole: slot('ar'), bRole: slot('br') })}
          user={{ a: audit.consultant.name, b: audit.reviewer.name, ar: roles.consultant, br: roles.reviewer }}
        />
      </p>
      <p className="muted">{t('conversation.reveal.tip')}</p>
      <ErrorBanner error={error} />
      <div className="form-actions">
        <button type="button" className="btn btn--primary" onClick={() => setAsking(true)}>
          {t('conversation.reveal.open')}
        </button>
      </div>
      <ConfirmDialog
        open={asking}
        title={t('conversation.reveal.confirmTitle')}
        confirmLabel={t('conversation.reveal.confirm')}
        busy={busy}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setBusy(true);
          setError(null);
          call('reveal', { auditId: audit.id })
            .then(() => {
              setAsking(false);
              focusWhenShown('conversation-title');
              onRevealed();
            })
            .catch((err: unknown) => {
              setAsking(false);
              setError(err);
            })
            .finally(() => setBusy(false));
        }}
      >
        <p>
          <Sentence
            text={t('conversation.reveal.confirmText', { a: slot('a'), b: slot('b') })}
            user={{ a: audit.consultant.name, b: audit.reviewer.name }}
          />
        </p>
      </ConfirmDialog>
    </section>
  );
}
