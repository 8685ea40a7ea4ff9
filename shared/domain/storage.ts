/** Vocabulary of the data file's safety net: backups, their names, and what the app found when it opened the file. */
import { z } from 'zod';
import type { AuditStatus, Rater } from './model';

/** auto: made on a schedule; manual: asked for; pre-migration / pre-restore: made before changing the whole file. */
export const BACKUP_KINDS = ['auto', 'manual', 'pre-migration', 'pre-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];
/**
 * The kinds that routine rotation prunes (the newest `keep` of each are kept). Copies made before a migration or a
 * restore hold the state just before the whole file changed, possibly the only copy of something signed: they are
 * never removed by the app.
 */
export const ROTATED_KINDS: readonly BackupKind[] = ['auto', 'manual'];

/**
 * A backup's id is its file name inside the backups folder: which data file it belongs to, then UTC time, kind and,
 * for pre-migration, the schema version it had; e.g. casusaudit-20260315-102030-123-auto.sqlite for
 * casusaudit.sqlite. The first part is the data file's name without its extension when that is already plain
 * (lower-case letters, digits, `_`, `.`, `-`, at most 48), otherwise a cleaned-up form with a hash of the name
 * (db/backupFiles.ts, backupOwnerFor). Nothing else is ever accepted as an id, so an id never points outside
 * that folder.
 */
const OWNER = '[a-z0-9][a-z0-9_.-]{0,47}';
/** The first part of a backup's name: which data file it belongs to. */
export const BACKUP_OWNER_PATTERN = new RegExp(`^${OWNER}$`);
export const BACKUP_ID_PATTERN = new RegExp(
  `^(${OWNER})-(\\d{8})-(\\d{6})-(\\d{3})-(auto|manual|pre-migration|pre-restore)(?:-v(\\d{1,6}))?\\.sqlite$`,
);
export const backupIdSchema = z.string().max(100).regex(BACKUP_ID_PATTERN, { message: 'backup_id' });

export interface BackupInfo {
  id: string;
  kind: BackupKind;
  /** ISO-8601 UTC, from the file name. */
  createdAt: string;
  bytes: number;
  /** For a pre-migration backup: the schema version the file had before migrating. */
  schemaVersion?: number;
  /** In the backups list: whether the file is encrypted (false: plain SQLite, e.g. made before encryption). */
  encrypted?: boolean;
}

/**
 * Why a data file could not be opened normally. database_in_use: another Casusaudit window or program has it open
 * (ADR 0008); database_read_only: the file or its folder cannot be written; database_key_missing / _wrong: the file
 * is encrypted and no key, or a key that does not open it, is known (ADR 0014; a file encrypted by something else too);
 * database_passphrase_needed: this computer has no safe place for keys, so the file's key comes from a passphrase the
 * user types at every start (nothing is opened until then).
 */
export const STARTUP_PROBLEMS = [
  'database_damaged',
  'database_foreign',
  'database_too_new',
  'storage_failed',
  'database_in_use',
  'database_read_only',
  'database_key_missing',
  'database_key_wrong',
  'database_passphrase_needed',
] as const;
export type StartupProblem = (typeof STARTUP_PROBLEMS)[number];

export interface StartupState {
  mode: 'ok' | 'recovery';
  problem: StartupProblem | null;
  /** The data file this app works on. */
  path: string;
  /** The newest backup that passed an integrity check, offered for restoring in recovery mode. */
  newestGoodBackup: BackupInfo | null;
  /** The data file's key (ADR 0014). */
  key: KeyState;
}

/** What the user needs to know and may do about the data file's key. */
export interface KeyState {
  /** A key is in use: the file is encrypted (false for a plain file, or before it is unlocked). */
  encrypted: boolean;
  /** A key was made at this start and the user has not yet said they kept its recovery code. */
  notice: boolean;
  /**
   * Whether a passphrase can unlock the file: 'new' (none chosen yet: the file is new or still plain), 'existing'
   * (the file's passphrase salt is beside it), or null (only the recovery code can).
   */
  passphrase: 'new' | 'existing' | null;
}

/** Shortest passphrase the app accepts when one is chosen (scrypt makes each guess slow; length does the rest). */
export const MIN_PASSPHRASE_LENGTH = 10;

/** The problems that a recovery code (or passphrase) typed by the user may solve. */
export const UNLOCK_PROBLEMS = [
  'database_key_missing',
  'database_key_wrong',
  'database_passphrase_needed',
] as const satisfies readonly StartupProblem[];
export const canUnlock = (p: StartupProblem | null): boolean =>
  (UNLOCK_PROBLEMS as readonly (StartupProblem | null)[]).includes(p);

export interface RestoreResult {
  restored: BackupInfo;
  /** The backup made of the state just before restoring (normal mode). */
  safetyBackup: BackupInfo | null;
  /** Where an unreadable file was moved (recovery mode): kept, never deleted. */
  movedAsideTo: string | null;
}

/** A signature that exists now and would be gone after a restore. */
export interface SignatureLost {
  rater: Rater;
  name: string;
  signedAt: string;
}

/** A recorded reopening that exists now and would be gone after a restore. */
export interface ReopeningLost {
  byName: string;
  reopenedAt: string;
}

/**
 * One audit whose signed record differs between the current file and a backup. `changed`: in both, with another
 * status, or signatures or reopenings that only the current file has; `disappears`: only in the current file;
 * `appears`: only in the backup. An audit is the same audit in both when id and creation time match.
 */
export interface AuditRestoreChange {
  auditId: number;
  dossierCode: string;
  change: 'changed' | 'disappears' | 'appears';
  statusNow: AuditStatus | null;
  statusAfter: AuditStatus | null;
  signaturesLost: SignatureLost[];
  reopeningsLost: ReopeningLost[];
  /** In the restore history: the audit was erased since, so its dossier code and names were taken out. */
  erased?: true;
}

/** What a restore would put back, as recorded in the restore history. */
export interface RestoreSummary {
  /** False in recovery mode: the current file cannot be read, so there is nothing to compare with. */
  comparable: boolean;
  audits: AuditRestoreChange[];
}

/** previewRestore: what restoring this backup would change in the signed record. */
export interface RestorePreview extends RestoreSummary {
  backup: BackupInfo;
  /** True when something signed (a signature, a reopening, a completed audit) would go back. */
  signedGoesBack: boolean;
  /**
   * When signedGoesBack: the token restoreBackup needs as `confirmation`. It is computed from exactly this
   * comparison, so it no longer fits once anything in it changed (someone signed since the preview).
   */
  confirmation: string | null;
}

/** One restore, from the append-only restore history that every restored file takes over. */
export interface RestoreHistoryEntry {
  id: string;
  restoredAt: string;
  backupId: string;
  /** From the backup's name; null when the name is not a backup id any more. */
  backupCreatedAt: string | null;
  /** The name of the pre-restore copy in the backups folder (null in recovery mode: there was nothing to copy). */
  safetyBackupId: string | null;
  /** Recovery mode: the name the unreadable file was moved aside to. */
  movedAsideTo: string | null;
  summary: RestoreSummary;
}

/** True when a change puts back something signed: a signature or reopening lost, or a completed audit changed. */
export const putsBackSigned = (c: AuditRestoreChange): boolean =>
  c.signaturesLost.length > 0 || c.reopeningsLost.length > 0 || (c.statusNow === 'completed' && c.change !== 'appears');

/**
 * A consistent copy of the whole database. The shared handler returns the bytes (the browser downloads them);
 * the Electron main answers this operation itself with a save dialog and writes the file ('saved' or 'cancelled').
 */
export type ExportedDatabase =
  | { delivery: 'download'; fileName: string; bytes: number; base64: string }
  | { delivery: 'saved'; fileName: string; bytes: number; path: string }
  | { delivery: 'cancelled' }
  /** The browser harness: a one-time address the browser downloads the copy from (streamed from disk). */
  | { delivery: 'link'; fileName: string; bytes: number; url: string };

/** What encrypting or removing the plain backups did (ADR 0014): how many, and the ones left as they were. */
export interface PlainBackupsResult {
  done: number;
  failed: string[];
}

/** Formats a date as the stamp used in backup file names (UTC, millisecond precision). */
export function backupStamp(d: Date): string {
  const iso = d.toISOString(); // 2026-03-15T10:20:30.123Z
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}-${iso.slice(20, 23)}`;
}

/** The owner part of the backups of casusaudit.sqlite (and of every backup made before backups named their file). */
export const DEFAULT_BACKUP_OWNER = 'casusaudit';

export function backupFileName(
  kind: BackupKind,
  at: Date,
  schemaVersion?: number,
  owner = DEFAULT_BACKUP_OWNER,
): string {
  const version = kind === 'pre-migration' && schemaVersion !== undefined ? `-v${schemaVersion}` : '';
  return `${owner}-${backupStamp(at)}-${kind}${version}.sqlite`;
}

/** Which data file a backup belongs to: the first part of its name (see BACKUP_ID_PATTERN); null for any other name. */
export const backupOwnerOfId = (id: string): string | null => BACKUP_ID_PATTERN.exec(id)?.[1] ?? null;

/** Reads kind and time from a backup file name; null for any other name. */
export function parseBackupId(id: string): Omit<BackupInfo, 'bytes'> | null {
  const m = BACKUP_ID_PATTERN.exec(id);
  if (!m) return null;
  const [, , ymd, hms, ms, kind, version] = m as unknown as [
    string,
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
