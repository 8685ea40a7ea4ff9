/**
 * Restoring a backup without losing sight of what was signed: what a restore would put back (compared audit by
 * audit), the token that confirms exactly that comparison, and the restore history handed on to the restored file.
 */
import { openSqlite } from './sqlite';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  putsBackSigned,
  type AuditRestoreChange,
  type BackupInfo,
  type RestorePreview,
  type RestoreSummary,
} from '../shared/domain/storage';
import { SIDE_FILES } from './backup';
import { finishCopy, partialName } from './backupFiles';
import { migrate } from './connection';
import { restoreHistoryRepository, type RestoreHistoryRow } from './repositories/restoreHistory';
import { handOverSeatCodes, type SeatCodeRow } from './repositories/seatCodeHandOver';
import { readSignedRecord, type SignedAudit } from './repositories/signedRecord';

const key = (a: SignedAudit) => `${a.id}|${a.createdAt}`;

/** What changes for one audit present in the current file (`now`) and/or the backup (`after`); null if nothing. */
function changeOf(now: SignedAudit | undefined, after: SignedAudit | undefined): AuditRestoreChange | null {
  const some = (now ?? after)!;
  const signaturesLost = (now?.signatures ?? []).filter(
    (s) => !after?.signatures.some((b) => b.rater === s.rater && b.signedAt === s.signedAt && b.name === s.name),
  );
  const reopeningsLost = (now?.reopenings ?? []).filter(
    (r) => !after?.reopenings.some((b) => b.reopenedAt === r.reopenedAt && b.byName === r.byName),
  );
  const change = !after ? 'disappears' : !now ? 'appears' : 'changed';
  const statusNow = now?.status ?? null;
  const statusAfter = after?.status ?? null;
  if (change === 'changed' && statusNow === statusAfter && !signaturesLost.length && !reopeningsLost.length)
    return null;
  return {
    auditId: some.id,
    dossierCode: some.dossierCode,
    change,
    statusNow,
    statusAfter,
    signaturesLost,
    reopeningsLost,
  };
}

/** The audits whose status, signatures or reopenings differ between the current file and a backup. */
export function compareSignedRecords(now: SignedAudit[], after: SignedAudit[]): AuditRestoreChange[] {
  const afterByKey = new Map(after.map((a) => [key(a), a]));
  const nowKeys = new Set(now.map(key));
  const changes = [
    ...now.map((a) => changeOf(a, afterByKey.get(key(a)))),
    ...after.filter((a) => !nowKeys.has(key(a))).map((a) => changeOf(undefined, a)),
  ];
  return changes.filter((c): c is AuditRestoreChange => c !== null).sort((a, b) => a.auditId - b.auditId);
}

/** Reads a backup's signed record without changing anything (opened read-only). */
function readBackupRecord(backupPath: string): SignedAudit[] {
  const db = openSqlite(backupPath, { readonly: true, fileMustExist: true });
  try {
    return readSignedRecord(db);
  } finally {
    db.close();
  }
}

/** The token that confirms restoring this backup over exactly this comparison. */
const tokenFor = (backupId: string, audits: AuditRestoreChange[]) =>
  crypto.createHash('sha256').update(JSON.stringify({ backupId, audits })).digest('hex').slice(0, 32);

/**
 * What restoring `backup` would put back, compared with the open database `current`; with `current` null
 * (recovery mode: the file cannot be read) there is nothing to compare with.
 */
export function previewRestore(current: Db | null, backup: { path: string; info: BackupInfo }): RestorePreview {
  if (!current) {
    return { backup: backup.info, comparable: false, audits: [], signedGoesBack: false, confirmation: null };
  }
  const audits = compareSignedRecords(readSignedRecord(current), readBackupRecord(backup.path));
  const signedGoesBack = audits.some(putsBackSigned);
  return {
    backup: backup.info,
    comparable: true,
    audits,
    signedGoesBack,
    confirmation: signedGoesBack ? tokenFor(backup.info.id, audits) : null,
  };
}

/** A new restore history entry. */
export function historyEntry(entry: {
  restoredAt: Date;
  backupId: string;
  safetyBackupId: string | null;
  movedAsideTo: string | null;
  summary: RestoreSummary;
}): RestoreHistoryRow {
  return {
    entry_id: crypto.randomBytes(16).toString('hex'),
    restored_at: entry.restoredAt.toISOString(),
    backup_id: entry.backupId,
    safety_backup_id: entry.safetyBackupId,
    moved_aside_to: entry.movedAsideTo,
    summary: JSON.stringify(entry.summary),
  };
}

/**
 * Brings the copy of a backup that is about to replace the data file up to date: migrated to this app's schema
 * (the backup file itself stays as it was), then given the history of the file it replaces plus the new entry, and
 * that file's seat codes for the same audits that still score apart (so a restore never opens a protected seat).
 */
export const prepareRestoredCopy =
  (history: RestoreHistoryRow[], entry: RestoreHistoryRow, seatCodes: SeatCodeRow[] = []) =>
  (copy: Db): void => {
    migrate(copy, copy.pragma('user_version', { simple: true }) as number);
    copy.transaction(() => {
      handOverSeatCodes(copy, seatCodes);
      restoreHistoryRepository(copy).handOver(history, entry);
    })();
  };

/**
 * Puts a backup in the place of the data file: copied next to it under a temporary name, brought up to date by
 * `prepare` (migrations, the restore history) in that copy, flushed, then renamed over the data file in one step,
 * so a crash leaves either the old file or the restored one, never a mix or a restored file without its history.
 * The backup file itself is only read. The database must be closed (or moved aside) first.
 */
export function putBackupInPlace(backupFile: string, databaseFile: string, prepare?: (copy: Db) => void): void {
  const file = path.resolve(databaseFile);
  const partial = partialName(file);
  fs.copyFileSync(backupFile, partial);
  try {
    if (prepare) {
      const copy = openSqlite(partial);
      try {
        prepare(copy);
      } finally {
        copy.close();
      }
    }
  } catch (err) {
    fs.rmSync(partial, { force: true });
    fs.rmSync(`${partial}-journal`, { force: true });
    throw err;
  }
  // A WAL or journal left beside the target belongs to the old content: it must not be replayed onto the restored
  // file. The old file was closed cleanly (or moved aside with them), so nothing unsaved is in them.
  for (const side of SIDE_FILES) fs.rmSync(file + side, { force: true });
  finishCopy(partial, file);
}
