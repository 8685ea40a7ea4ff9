/** A calm, visible error message in the user's language. */
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../lib/errors';

export function ErrorBanner({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div className="banner banner--error" role="alert">
      <strong>{t('errors.title')}</strong> {apiErrorText(t, error)}
    </div>
  );
}
