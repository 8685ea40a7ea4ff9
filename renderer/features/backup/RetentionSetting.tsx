/**
 * "Hoelang bewaren jullie audits?" on the backups screen: the retention period of this data file (ADR 0012), a
 * friendly reminder until one is chosen, and the way to the audits past it ("Bewaren of wissen").
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RETENTION_MONTHS, type RetentionMonths } from '../../../shared/domain/retention';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import type { Results } from '../../../shared/api/contract';

/**
 * Until a period is chosen: a friendly reminder at the top of the backups screen, with a way straight to the choice.
 */
export function RetentionReminder({ setting }: { setting: RetentionState | undefined }) {
  const { t } = useTranslation();
  if (!setting || setting.months !== null) return null;
  return (
    <p className="banner banner--info" data-testid="retention-reminder">
      {t('retention.reminder')}{' '}
      <button
        type="button"
        className="btn btn--link"
        onClick={() => {
          // The whole choice in view (label, hint and the save button), then the focus on it.
          document.getElementById('retention-title')?.scrollIntoView({ block: 'start' });
          document.getElementById('retention-period')?.focus({ preventScroll: true });
        }}
      >
        {t('retention.choose')}
      </button>
    </p>
  );
}

type RetentionState = Results['getRetention'];

interface Props {
  /** The backups screen's getRetention (shared with the reminder at its top). */
  retention: { data: RetentionState | undefined; error: unknown; reload: () => void };
  onOpenRetention: () => void;
}

export function RetentionSetting({ retention, onOpenRetention }: Props) {
  const { t } = useTranslation();
  const { data: setting, error: loadError, reload } = retention;
  const [choice, setChoice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const shown = choice ?? (setting?.months != null ? String(setting.months) : '');
  const periodName = (months: number | null) => (months === null ? '' : t(`retention.period_${months}`));

  const save = async () => {
    if (busy) return; // the button stays enabled while saving, so it keeps the focus
    setBusy(true);
    setError(null);
    try {
      const months = shown === '' ? null : (Number(shown) as RetentionMonths);
      const result = await call('setRetention', { months });
      setChoice(null);
      setSaved(
        result.months === null ? t('retention.savedNone') : t('retention.saved', { period: periodName(result.months) }),
      );
      reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="retention-title" className="retention">
      <h2 id="retention-title">{t('retention.settingTitle')}</h2>
      <p>{t('retention.settingIntro')}</p>
      <form
        className="retention__form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="field">
          <label htmlFor="retention-period">{t('retention.periodLabel')}</label>
          <select
            id="retention-period"
            value={shown}
            aria-describedby="retention-period-hint"
            onChange={(e) => {
              setChoice(e.target.value);
              setSaved(null);
            }}
          >
            <option value="">{t('retention.periodNone')}</option>
            {RETENTION_MONTHS.map((m) => (
              <option key={m} value={String(m)}>
                {periodName(m)}
              </option>
            ))}
          </select>
          <p id="retention-period-hint" className="field__hint">
            {t('retention.periodHint')}
          </p>
        </div>
        <button type="submit" className="btn" aria-busy={busy} disabled={!setting}>
          {busy ? t('retention.saving') : t('retention.save')}
        </button>
      </form>
      <p role="status" className="retention__saved">
        {saved}
      </p>
      <ErrorBanner error={error ?? loadError} />
      {setting && setting.months !== null && <DueLine due={setting.due} onOpen={onOpenRetention} />}
    </section>
  );
}

/** How many audits wait for a decision, and the way to them. */
function DueLine({ due, onOpen }: { due: number; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <p>
      {due > 0 ? t('retention.due', { count: due }) : t('retention.noneDue')}{' '}
      <button type="button" className="btn btn--small" onClick={onOpen}>
        {t('retention.open')}
      </button>
    </p>
  );
}
