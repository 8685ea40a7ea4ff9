/** Vocabulary of the data file's safety net: backups, their names, and what the app found when it opened the file. */
import { z } from 'zod';

/** auto: made on a schedule; manual: asked for; pre-migration / pre-restore: made before changing the whole file. */
export const BACKUP_KINDS = ['auto', 'manual', 'pre-migration', 'pre-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/**
 * A backup's id is its file name inside the backups folder, e.g. casusaudit-20260315-102030-123-auto.sqlite
 * (UTC time, then kind, then for pre-migration the schema version it had). Nothing else is ever accepted as an
 * id, so an id can never point outside that folder.
 */
export const BACKUP_ID_PATTERN =
  /^casusaudit-(\d{8})-(\d{6})-(\d{3})-(auto|manual|pre-migration|pre-restore)(?:-v(\d{1,6}))?\.sqlite$/;
export const backupIdSchema = z.string().max(100).regex(BACKUP_ID_PATTERN, { message: 'backup_id' });

export interface BackupInfo {
  id: string;
  kind: BackupKind;
  /** ISO-8601 UTC, from the file name. */
  createdAt: string;
  bytes: number;
  /** For a pre-migration backup: the schema version the file had before migrating. */
  schemaVersion?: number;
}

/**
 * Why a data file could not be opened normally. database_in_use: another Casusaudit window or program has it open
 * (ADR 0008); database_read_only: the file or its folder cannot be written.
 */
export const STARTUP_PROBLEMS = [
  'database_damaged',
  'database_foreign',
  'database_too_new',
  'storage_failed',
  'database_in_use',
  'database_read_only',
] as const;
export type StartupProblem = (typeof STARTUP_PROBLEMS)[number];

export interface StartupState {
  mode: 'ok' | 'recovery';
  problem: StartupProblem | null;
  /** The data file this app works on. */
  path: string;
  /** The newest backup that passed an integrity check, offered for restoring in recovery mode. */
  newestGoodBackup: BackupInfo | null;
}

export interface RestoreResult {
  restored: BackupInfo;
  /** The backup made of the state just before restoring (normal mode). */
  safetyBackup: BackupInfo | null;
  /** Where an unreadable file was moved (recovery mode): kept, never deleted. */
  movedAsideTo: string | null;
}

/**
 * A consistent copy of the whole database. The shared handler returns the bytes (the browser downloads them);
 * the Electron main answers this operation itself with a save dialog and writes the file ('saved' or 'cancelled').
 */
export type ExportedDatabase =
  | { delivery: 'download'; fileName: string; bytes: number; base64: string }
  | { delivery: 'saved'; fileName: string; bytes: number; path: string }
  | { delivery: 'cancelled' };

/** Formats a date as the stamp used in backup file names (UTC, millisecond precision). */
export function backupStamp(d: Date): string {
  const iso = d.toISOString(); // 2026-03-15T10:20:30.123Z
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}-${iso.slice(20, 23)}`;
}

export function backupFileName(kind: BackupKind, at: Date, schemaVersion?: number): string {
  const version = kind === 'pre-migration' && schemaVersion !== undefined ? `-v${schemaVersion}` : '';
  return `casusaudit-${backupStamp(at)}-${kind}${version}.sqlite`;
}

/** Reads kind and time from a backup file name; null for any other name. */
export function parseBackupId(id: string): Omit<BackupInfo, 'bytes'> | null {
  const m = BACKUP_ID_PATTERN.exec(id);
  if (!m) return null;
  const [, ymd, hms, ms, kind, version] = m as unknown as [
    string,
    string,
    string,
    string,
    BackupKind,
    string | undefined,
  ];
  const iso = `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}T${hms.slice(0, 2)}:${hms.slice(2, 4)}:${hms.slice(4, 6)}.${ms}Z`;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime()) || date.toISOString() !== iso) return null;
  return { id, kind, createdAt: iso, ...(version !== undefined ? { schemaVersion: Number(version) } : {}) };
}

/**
 * Problems solved outside the app (close the other Casusaudit window or program; make the file writable): the app
 * then does not act on the file at all (no restore, no fresh start) and only offers to try again (ADR 0008).
 */
export const WAITING_PROBLEMS = ['database_in_use', 'database_read_only'] as const satisfies readonly StartupProblem[];
export type WaitingProblem = (typeof WAITING_PROBLEMS)[number];
export const isWaitingProblem = (p: StartupProblem | null): p is WaitingProblem =>
  (WAITING_PROBLEMS as readonly (StartupProblem | null)[]).includes(p);
