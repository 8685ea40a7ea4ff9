/**
 * restoreBackup and previewRestore. A restore that would put back something signed (a signature, a reopening, a
 * completed audit) needs previewRestore's confirmation token; every restore is recorded in the restore history,
 * which the restored file takes over from the file it replaces.
 */
import path from 'node:path';
import type { Parsed } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/errors';
import { putsBackSigned, type RestorePreview, type RestoreResult } from '../../shared/domain/storage';
import { createBackupNow, inspectDatabaseFile, moveAside, moveBack } from '../backup';
import { resolveBackup, type BackupPlace } from '../backupFiles';
import { closeDatabase } from '../connection';
import { restoreHistoryRepository } from '../repositories/restoreHistory';
import { readSeatCodes } from '../repositories/seatCodeHandOver';
import { historyEntry, prepareRestoredCopy, previewRestore, putBackupInPlace } from '../restore';
import type { StorageContext } from './backups';

type Backup = { path: string; info: RestoreResult['restored'] };

function findBackup(place: BackupPlace, id: string): Backup {
  const found = resolveBackup(place, id);
  if (!found) throw new ApiFailure('not_found', { entity: 'backup', id });
  const check = inspectDatabaseFile(found.path);
  if (!check.ok) throw new ApiFailure(check.problem, { path: id });
  return found;
}

export function previewHandler(ctx: StorageContext, place: BackupPlace, id: string): RestorePreview {
  const state = ctx.current();
  return previewRestore(state.mode === 'ok' ? state.db : null, findBackup(place, id));
}

/** Refuses a restore that would put back something signed unless the preview's token confirms exactly that. */
function requireConfirmation(preview: RestorePreview, confirmation: string | undefined): void {
  if (preview.signedGoesBack && confirmation !== preview.confirmation) {
    throw new ApiFailure('restore_unconfirmed', { audits: preview.audits.filter(putsBackSigned).length });
  }
}

/** Normal mode: a safety backup of the current state, then the backup (with the history handed on) in its place. */
function restoreOverOpenFile(ctx: StorageContext, backup: Backup, confirmation: string | undefined): RestoreResult {
  const { dbPath, settings, clock, current, enter } = ctx;
  const state = current();
  if (state.mode !== 'ok') throw new Error('restoreOverOpenFile needs an open database');
  const preview = previewRestore(state.db, backup);
  requireConfirmation(preview, confirmation);
  const history = restoreHistoryRepository(state.db).rows();
  const seatCodes = readSeatCodes(state.db);
  const safetyBackup = createBackupNow(state.db, dbPath, 'pre-restore', { now: clock(), keep: settings.keep });
  const entry = historyEntry({
    restoredAt: clock(),
    backupId: backup.info.id,
    safetyBackupId: safetyBackup.id,
    movedAsideTo: null,
    summary: { comparable: true, audits: preview.audits },
  });
  state.scheduler.stop();
  closeDatabase(state.db);
  try {
    putBackupInPlace(backup.path, dbPath, prepareRestoredCopy(history, entry, seatCodes));
  } finally {
    // Reopens the restored file, or the untouched old one if putting the backup in place failed.
    enter({ initialBackup: false });
  }
  return { restored: backup.info, safetyBackup, movedAsideTo: null };
}

/** Recovery mode: the unreadable file is never overwritten; it is moved aside and kept. */
function restoreOverUnreadableFile(ctx: StorageContext, backup: Backup): RestoreResult {
  const { dbPath, clock, enter } = ctx;
  const movedAsideTo = moveAside(dbPath, clock());
  const entry = historyEntry({
    restoredAt: clock(),
    backupId: backup.info.id,
    safetyBackupId: null,
    movedAsideTo: movedAsideTo && path.basename(movedAsideTo),
    summary: { comparable: false, audits: [] },
  });
  try {
    // The unreadable file's own history cannot be read: the restored file keeps the backup's, plus this entry.
    putBackupInPlace(backup.path, dbPath, prepareRestoredCopy([], entry));
  } catch (err) {
    if (movedAsideTo) moveBack(movedAsideTo, dbPath);
    throw err;
  }
  enter({ initialBackup: false });
  return { restored: backup.info, safetyBackup: null, movedAsideTo };
}

/**
 * Restores a backup: in normal mode after a safety backup of the current state (and, if something signed would go
 * back, only with the preview's confirmation), in recovery mode in place of the unreadable file.
 */
export function restore(ctx: StorageContext, place: BackupPlace, args: Parsed<'restoreBackup'>): RestoreResult {
  const backup = findBackup(place, args.id);
  const result =
    ctx.current().mode === 'ok'
      ? restoreOverOpenFile(ctx, backup, args.confirmation)
      : restoreOverUnreadableFile(ctx, backup);
  // After the file is opened again: an ApiFailure says why if it still cannot be used.
  const after = ctx.current();
  if (after.mode !== 'ok') throw new ApiFailure(after.problem, { path: ctx.dbPath });
  return result;
}
