/**
 * "Save a copy" on the desktop: the main process asks where, then writes a consistent copy there (never through the
 * renderer). Encrypted like the data file by default; `{ plain: true }` (asked only after the renderer's warning)
 * writes a plain copy, and the dialog's suggested name says so (ADR 0014).
 */
import { app, dialog, type BrowserWindow } from 'electron';
import path from 'node:path';
import type { Backend } from '../db/backend';
import { storageError } from '../db/api/dispatch';
import { contract } from '../shared/api/contract';
import type { translate } from '../shared/i18n/translate';
import { copyTargetProblem } from './copyTarget';

type Translate = ReturnType<typeof translate>;

export async function exportDatabase(
  current: Backend,
  owner: BrowserWindow,
  args: unknown,
  tr: Translate,
): Promise<unknown> {
  const parsed = contract.exportDatabase.safeParse(args ?? {});
  if (!parsed.success) return current.call('exportDatabase', args); // answered as invalid_arguments
  const plain = parsed.data.plain === true;
  const date = new Date().toISOString().slice(0, 10);
  const fileName = plain ? `casusaudit-${date}-${tr('desktop.plainCopyName')}.sqlite` : `casusaudit-${date}.sqlite`;
  const { canceled, filePath } = await dialog.showSaveDialog(owner, {
    title: tr(plain ? 'desktop.savePlainCopyTitle' : 'desktop.saveCopyTitle'),
    defaultPath: path.join(app.getPath('documents'), fileName),
    filters: [{ name: tr('desktop.fileFilter'), extensions: ['sqlite'] }],
  });
  if (canceled || !filePath) return { ok: true, value: { delivery: 'cancelled' } };
  // Never over the data file in use, its -wal/-shm/-journal or the backups folder: by identity, not by string.
  const refused = copyTargetProblem(filePath, current.path, current.backupsDir);
  if (refused) return { ok: false, error: { code: refused, params: { path: filePath } } };
  try {
    const written = current.exportTo(filePath, { plain });
    return {
      ok: true,
      value: { delivery: 'saved', fileName: path.basename(written.path), bytes: written.bytes, path: written.path },
    };
  } catch (err) {
    // Disk full, read-only folder … get their own words; anything else is storage_failed.
    return { ok: false, error: storageError(err) ?? { code: 'storage_failed' } };
  }
}
