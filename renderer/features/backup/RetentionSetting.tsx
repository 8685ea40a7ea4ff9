/**
 * "Hoelang bewaren jullie audits?" on the backups screen: the retention period of this data file (ADR 0012), a
 * friendly reminder until one is chosen, and the way to the audits past it ("Bewaren of wissen").
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RETENTION_MONTHS, type RetentionMonths } from '../../../shared/domain/retention';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useApi } from '../../lib/useApi';

export function RetentionSetting({ onOpenRetention }: { onOpenRetention: () => void }) {
  const { t } = useTranslation();
  const { data: setting, error: loadError, reload } = useApi('getRetention', {});
  const [choice, setChoice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const shown = choice ?? (setting?.months != null ? String(setting.months) : '');
  const periodName = (months: number | null) => (months === null ? '' : t(`retention.period_${months}`));

  const save = async () => {
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
      {setting && setting.months === null && (
        <p className="banner banner--info" data-testid="retention-reminder">
          {t('retention.reminder')}
        </p>
      )}
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
        <button type="submit" className="btn" disabled={busy || !setting}>
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
