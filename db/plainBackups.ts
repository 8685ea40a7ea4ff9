/**
 * Backups made before the data file was encrypted (issue 13 item 4, ADR 0014) are still plain SQLite: anyone who
 * copies the backups folder reads them. Once the user is asked, each one is either encrypted in place, crash-safe
 * exactly like the data file (db/encryptPlain.ts: a new file beside it, encrypted, compared, flushed, renamed over
 * the backup under the same name), or removed. The plain bytes left behind are overwritten with zeros (through a
 * descriptor kept open across the rename), as an erasure does (db/erasureBackups.ts). Only while the data file
 * itself is encrypted: its key is the one the backups get.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, PlainBackupsResult } from '../shared/domain/storage';
import { listBackupFiles, type BackupPlace } from './backupFiles';
import { knownVerdict, rememberVerdict } from './backupVerdicts';
import { encryptPlainFile } from './encryptPlain';
import { removeOne, zeroFill } from './erasureBackups';
import { databaseKeyInUse, isPlainSqlite } from './sqlite';
import type { DataKey } from './keys';

/** The key backups are encrypted with: the one in use, when the data file itself is encrypted with it; else null. */
export function backupKeyFor(databaseFile: string): DataKey | null {
  const key = databaseKeyInUse();
  return key && fs.existsSync(databaseFile) && !isPlainSqlite(databaseFile) ? key : null;
}

/** This data file's backups, each with whether it is encrypted (its header is not SQLite's plain one). */
export function backupsWithEncryption(place: BackupPlace): BackupInfo[] {
  return listBackupFiles(place).map((b) => ({ ...b, encrypted: !isPlainSqlite(path.join(place.dir, b.id)) }));
}

/** The plain backups of an encrypted data file (none while the data file is plain: there is no key to use). */
export function plainBackups(place: BackupPlace, databaseFile: string): BackupInfo[] {
  if (!backupKeyFor(databaseFile)) return [];
  return backupsWithEncryption(place).filter((b) => b.encrypted === false);
}

/** Encrypts one plain backup in place under its own name; what was known of it (backupVerdicts) stays known. */
function encryptOne(file: string, key: DataKey): void {
  const verdict = knownVerdict(file);
  const old = fs.openSync(file, 'r+');
  try {
    encryptPlainFile(file, key);
    // Swapped in: the plain bytes, no longer reachable by name, are overwritten before they are let go.
    zeroFill(old);
  } finally {
    fs.closeSync(old);
  }
  if (verdict !== undefined) rememberVerdict(file, verdict);
}

/** Encrypts every plain backup with `key`; one that fails is left as it was and the others go on. */
export function encryptPlainBackups(
  place: BackupPlace,
  databaseFile: string,
  log: (msg: string, err?: unknown) => void,
): PlainBackupsResult {
  const key = backupKeyFor(databaseFile);
  const result: PlainBackupsResult = { done: 0, failed: [] };
  if (!key) return result;
  for (const b of plainBackups(place, databaseFile)) {
    try {
      encryptOne(path.join(place.dir, b.id), key);
      result.done++;
    } catch (err) {
      log(`could not encrypt backup ${b.id}`, err);
      result.failed.push(b.id);
    }
  }
  return result;
}

/** Removes every plain backup (its bytes overwritten with zeros first). */
export function removePlainBackups(
  place: BackupPlace,
  databaseFile: string,
  log: (msg: string, err?: unknown) => void,
): PlainBackupsResult {
  const result: PlainBackupsResult = { done: 0, failed: [] };
  for (const b of plainBackups(place, databaseFile)) {
    try {
      removeOne(path.join(place.dir, b.id));
      result.done++;
    } catch (err) {
      log(`could not remove backup ${b.id}`, err);
      result.failed.push(b.id);
    }
  }
  return result;
}
