/** The kept backups of this data file, newest first, each with a button to restore it. */
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/domain/storage';
import { formatBytes } from '../../lib/format';
import type { Busy } from './useBackupActions';

// In the list, seconds tell apart backups made in the same minute (e.g. a restore and the backup just before it).
export const whenExact = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-BE', { dateStyle: 'medium', timeStyle: 'medium' }).format(
    new Date(iso),
  );

export function BackupTable({
  backups,
  busy,
  locale,
  onRestore,
  markPlain = false,
}: {
  backups: BackupInfo[];
  /** Tags the backups that are still plain (the data file itself is encrypted). */
  markPlain?: boolean;
  busy: Busy;
  locale: string;
  onRestore: (backup: BackupInfo) => void;
}) {
  const { t } = useTranslation();
  return (
    <table className="table backup__table">
      <caption className="visually-hidden">{t('backup.listCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('backup.columnDate')}</th>
          <th scope="col">{t('backup.columnKind')}</th>
          <th scope="col" className="num">
            {t('backup.columnSize')}
          </th>
          <th scope="col">
            <span className="visually-hidden">{t('backup.columnAction')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((b) => (
          <tr key={b.id}>
            <td>{whenExact(b.createdAt, locale)}</td>
            <td>
              {t(`backup.kind.${b.kind}`)}
              {markPlain && b.encrypted === false && <span className="backup__plain">{t('backup.plainTag')}</span>}
            </td>
            <td className="num">{formatBytes(b.bytes, locale)}</td>
            <td>
              <button
                type="button"
                className="btn btn--small"
                disabled={busy !== null}
                aria-label={t('backup.restoreLabel', { date: whenExact(b.createdAt, locale) })}
                onClick={() => onRestore(b)}
              >
                {t('backup.restore')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
