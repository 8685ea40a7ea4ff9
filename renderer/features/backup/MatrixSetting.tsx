/**
 * "Matrix voor nieuwe audits" on the backups screen, beside the other choices about this data file (ADR 0016): the
 * default matrix new audits start with. Shown only when there is more than one matrix to choose from.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateListing } from '../../../shared/domain/model';
import { pick } from '../../../shared/domain/template';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useApi } from '../../lib/useApi';

export function MatrixSetting() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'nl';
  const matrices = useApi('listTemplates', {});
  const [choice, setChoice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const offered = (matrices.data ?? []).filter((m) => !m.retired);
  const current = matrices.data?.find((m) => m.isDefault);
  const shown = choice ?? (current ? String(current.id) : '');
  const optionName = (m: TemplateListing) =>
    t('matrixChoice.option', { name: pick(m.name, locale), version: m.version });
  if (offered.length < 2) return null;

  const save = async () => {
    if (busy) return; // the button stays enabled while saving, so it keeps the focus
    setBusy(true);
    setError(null);
    try {
      const result = await call('setDefaultTemplate', { id: Number(shown) });
      setChoice(null);
      setSaved(t('matrixChoice.saved', { option: optionName(result) }));
      void matrices.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="matrix-setting-title" className="retention">
      <h2 id="matrix-setting-title">{t('matrixChoice.settingTitle')}</h2>
      <p id="matrix-setting-intro">{t('matrixChoice.settingIntro')}</p>
      <form
        className="retention__form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="field">
          <label htmlFor="matrix-default">{t('matrixChoice.settingLabel')}</label>
          <select
            id="matrix-default"
            value={shown}
            aria-describedby="matrix-setting-intro"
            onChange={(e) => {
              setChoice(e.target.value);
              setSaved(null);
            }}
          >
            {offered.map((m) => (
              <option key={m.id} value={String(m.id)}>
                {optionName(m)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn" aria-busy={busy}>
          {busy ? t('matrixChoice.saving') : t('matrixChoice.save')}
        </button>
      </form>
      <p role="status" className="retention__saved">
        {saved}
      </p>
      <ErrorBanner error={error ?? matrices.error} />
    </section>
  );
}
