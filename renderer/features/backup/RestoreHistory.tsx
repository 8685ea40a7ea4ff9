/** The restore history: every restore of this data file and of the files it replaced, newest first, shortly. */
import { useTranslation } from 'react-i18next';
import type { RestoreHistoryEntry } from '../../../shared/domain/storage';
import { formatDateTime } from '../../lib/format';

const SHOWN = 10;

function HistoryItem({ entry, locale }: { entry: RestoreHistoryEntry; locale: string }) {
  const { t } = useTranslation();
  const when = (iso: string | null) => (iso ? formatDateTime(iso, locale) : '');
  const audits = entry.summary.audits;
  return (
    <li>
      <strong>{when(entry.restoredAt)}</strong>{' '}
      {t('backup.history.restored', { backup: when(entry.backupCreatedAt) || entry.backupId })}{' '}
      {!entry.summary.comparable
        ? t('backup.history.unreadable')
        : audits.length === 0
          ? t('backup.history.noAudits')
          : t('backup.history.audits', {
              count: audits.length,
              codes: audits.map((a) => (a.erased ? t('backup.history.erased') : a.dossierCode)).join(', '),
            })}
      {entry.safetyBackupId && (
        <span className="muted small break"> {t('backup.history.safety', { name: entry.safetyBackupId })}</span>
      )}
      {entry.movedAsideTo && (
        <span className="muted small break"> {t('backup.history.movedAside', { name: entry.movedAsideTo })}</span>
      )}
    </li>
  );
}

export function RestoreHistory({ entries }: { entries: RestoreHistoryEntry[] | undefined }) {
  const { t, i18n } = useTranslation();
  if (!entries) return null;
  return (
    <section aria-labelledby="restore-history-title">
      <h2 id="restore-history-title">{t('backup.history.title')}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t('backup.history.empty')}</p>
      ) : (
        <ul className="backup__history">
          {entries.slice(0, SHOWN).map((e) => (
            <HistoryItem key={e.id} entry={e} locale={i18n.language} />
          ))}
        </ul>
      )}
      {entries.length > SHOWN && (
        <p className="muted small">{t('backup.history.more', { count: entries.length - SHOWN })}</p>
      )}
    </section>
  );
}
