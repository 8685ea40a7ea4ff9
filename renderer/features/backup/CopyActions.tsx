/**
 * The backups screen's buttons: make a backup now, save a copy (encrypted like the data file, and it says so), and,
 * quieter, "Onversleutelde kopie…", which first asks through a warning (PlainCopyDialog).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlainCopyDialog } from './PlainCopyDialog';
import type { Busy } from './useBackupActions';

interface Props {
  busy: Busy;
  /** The data file is encrypted: the copy is too, and a plain one can be asked for. */
  encrypted: boolean;
  onCreate: () => Promise<void>;
  onExport: (plain?: boolean) => Promise<void>;
}

export function CopyActions({ busy, encrypted, onCreate, onExport }: Props) {
  const { t } = useTranslation();
  const [askingPlain, setAskingPlain] = useState(false);
  return (
    <>
      <div className="backup__actions">
        <button type="button" className="btn btn--primary" onClick={() => void onCreate()} disabled={busy !== null}>
          {busy === 'create' ? t('backup.creating') : t('backup.createNow')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => void onExport()}
          disabled={busy !== null}
          aria-describedby="backup-export-hint"
        >
          {busy === 'export' && !askingPlain ? t('backup.exporting') : t('backup.export')}
        </button>
        {encrypted && (
          <button type="button" className="btn btn--link" onClick={() => setAskingPlain(true)} disabled={busy !== null}>
            {t('backup.exportPlain')}
          </button>
        )}
      </div>
      <p id="backup-export-hint" className="muted small">
        {encrypted && `${t('backup.exportEncryptedHint')} `}
        {t('backup.exportHint')}
      </p>
      <PlainCopyDialog
        open={askingPlain}
        busy={busy === 'export'}
        onCancel={() => setAskingPlain(false)}
        onConfirm={() => void onExport(true).finally(() => setAskingPlain(false))}
      />
    </>
  );
}
