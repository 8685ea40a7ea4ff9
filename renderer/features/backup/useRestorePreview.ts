/**
 * The restore confirmation's state: which backup is being confirmed, what restoring it would put back (asked from
 * previewRestore when the dialog opens), and whether the user explicitly agreed to put back something signed.
 */
import { useState } from 'react';
import type { BackupInfo, RestorePreview } from '../../../shared/domain/storage';
import { call } from '../../api/client';

type Loaded = { id: string; preview: RestorePreview | null; error: unknown };

export function useRestorePreview() {
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [agreed, setAgreed] = useState(false);

  const open = (backup: BackupInfo) => {
    setConfirming(backup);
    setLoaded(null);
    setAgreed(false);
    call('previewRestore', { id: backup.id }).then(
      (preview) => setLoaded({ id: backup.id, preview, error: null }),
      (error: unknown) => setLoaded({ id: backup.id, preview: null, error }),
    );
  };
  const close = () => setConfirming(null);

  // An answer for a backup that is no longer being confirmed is ignored.
  const current = confirming && loaded?.id === confirming.id ? loaded : null;
  const preview = current?.preview ?? null;
  /** Restoring may go ahead: the comparison is known and, if something signed goes back, the user agreed. */
  const ready = preview !== null && (!preview.signedGoesBack || agreed);
  return { confirming, preview, previewError: current?.error ?? null, agreed, setAgreed, ready, open, close };
}
