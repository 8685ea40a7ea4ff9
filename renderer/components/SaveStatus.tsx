/** The small "Opgeslagen / Bezig met opslaan / Niet opgeslagen" status beside a field that saves itself. */
import { useTranslation } from 'react-i18next';
import type { SaveState } from '../lib/saveQueue';

const KEYS: Record<SaveState, string> = {
  saving: 'common.saving',
  saved: 'common.saved',
  error: 'common.saveFailed',
  retrying: 'common.saveRetrying',
};

export function SaveStatus({ state, live = false }: { state: SaveState | undefined; live?: boolean }) {
  const { t } = useTranslation();
  const problem = state === 'error' || state === 'retrying';
  return (
    <span
      className={`save-state${problem ? ' save-state--error' : ''}`}
      role="status"
      {...(live ? { 'aria-live': 'polite' as const } : {})}
    >
      {state ? t(KEYS[state]) : ''}
    </span>
  );
}
