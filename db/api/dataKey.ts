/**
 * The data file's key as the user sees it (ADR 0014): the notice after a key was made, the recovery code to keep
 * elsewhere, and unlocking from recovery mode with that code or with the file's passphrase. A code or passphrase is
 * tried on an inspection copy first (db/inspect.ts), so one that does not fit changes nothing; a recovery code that
 * fits is kept by the shell (key file, safeStorage) before the file is opened with it.
 */
import fs from 'node:fs';
import { ApiFailure } from '../../shared/api/errors';
import type { Parsed, Results } from '../../shared/api/contract';
import { canUnlock, MIN_PASSPHRASE_LENGTH, type KeyState, type StartupProblem } from '../../shared/domain/storage';
import { harnessKeyFor, saltFilePath } from '../keyFile';
import { dataKeyFromHex, recoveryCode, type DataKey } from '../keys';
import { inspectFile } from '../inspect';
import { databaseKeyInUse, isPlainSqlite, useDatabaseKey } from '../sqlite';

/** How the shell keeps keys (BackendOptions.keys). */
export interface KeyKeeping {
  /**
   * 'stored': the shell keeps keys (harness key file, desktop safeStorage). 'passphrase': this computer has no safe
   * key store (or the user chose a passphrase): nothing is opened until the file's passphrase is typed.
   */
  mode: 'stored' | 'passphrase';
  /** Keeps a key typed as a recovery code, so later starts open the file by themselves ('stored' only). */
  keep?: (key: DataKey) => void;
  /** A key was made at this start: the user is told once (KeyState.notice). */
  created?: boolean;
}

export interface KeyContext {
  dbPath: string;
  keeping: KeyKeeping;
  /** Whether the backend is in recovery mode, and with which problem. */
  problem: () => StartupProblem | null;
  /** Opens the data file again with the key now in use. */
  reopen: () => void;
}

type KeyHandlers = {
  [O in 'unlockDataFile' | 'acknowledgeKeyNotice' | 'getRecoveryCode']: (args: Parsed<O>) => Results[O];
};

const hasNoData = (file: string) => !fs.existsSync(file) || fs.statSync(file).size === 0;
/** A file that a new key would encrypt (new, empty or plain), rather than one that needs its own key. */
const awaitsKey = (file: string) => hasNoData(file) || isPlainSqlite(file);

/** Whether a passphrase can unlock the data file: choose one ('new'), type it ('existing'), or not at all. */
export function passphraseUse(dbPath: string, mode: KeyKeeping['mode']): KeyState['passphrase'] {
  if (mode === 'passphrase' && awaitsKey(dbPath)) return 'new';
  return fs.existsSync(saltFilePath(dbPath)) && !awaitsKey(dbPath) ? 'existing' : null;
}

/** The key a recovery code or passphrase stands for; `created` for a passphrase chosen just now. */
function keyFromSecret(
  ctx: KeyContext,
  { kind, secret }: Parsed<'unlockDataFile'>,
): { key: DataKey; created: boolean } {
  if (kind === 'code') {
    const key = dataKeyFromHex(secret);
    if (!key) throw new ApiFailure('recovery_code_malformed');
    // A code opens an encrypted file; it never becomes the key of a new or plain one.
    if (awaitsKey(ctx.dbPath)) throw new ApiFailure('unlock_failed');
    return { key, created: false };
  }
  const use = passphraseUse(ctx.dbPath, ctx.keeping.mode);
  if (use === null) throw new ApiFailure('unlock_failed');
  if (use === 'new' && [...secret].length < MIN_PASSPHRASE_LENGTH)
    throw new ApiFailure('passphrase_too_short', { min: MIN_PASSPHRASE_LENGTH });
  const found = harnessKeyFor(ctx.dbPath, secret);
  return { key: found.key!, created: use === 'new' };
}

/** Whether `key` opens the encrypted data file, tried on an inspection copy (the file itself is not touched). */
function opens(dbPath: string, key: DataKey): boolean {
  const before = databaseKeyInUse();
  useDatabaseKey(key);
  try {
    const found = inspectFile(dbPath);
    return !(found.kind === 'refused' && found.problem === 'database_key_wrong');
  } finally {
    useDatabaseKey(before);
  }
}

export interface DataKeyHandlers {
  handlers: KeyHandlers;
  /** The startup state's `key` (ok: the data file is open). */
  state: (ok: boolean) => KeyState;
  /** A new key was made (recovery's "start fresh"): the user is told once. */
  markCreated: () => void;
}

export function keyHandlers(ctx: KeyContext): DataKeyHandlers {
  let notice = ctx.keeping.created ?? false;
  const handlers: KeyHandlers = {
    unlockDataFile: (args) => {
      if (!canUnlock(ctx.problem())) throw new ApiFailure('invalid_transition', { from: 'ok' });
      const { key, created } = keyFromSecret(ctx, args);
      if (!created && !awaitsKey(ctx.dbPath) && !opens(ctx.dbPath, key)) throw new ApiFailure('unlock_failed');
      if (args.kind === 'code' && ctx.keeping.mode === 'stored') ctx.keeping.keep?.(key);
      if (created) notice = true;
      useDatabaseKey(key);
      ctx.reopen();
      return { unlocked: true };
    },
    acknowledgeKeyNotice: () => {
      notice = false;
      return { acknowledged: true };
    },
    getRecoveryCode: () => {
      const key = databaseKeyInUse();
      if (!key || ctx.problem() !== null) throw new ApiFailure('no_key_in_use');
      return { code: recoveryCode(key) };
    },
  };
  const state = (ok: boolean): KeyState => ({
    encrypted: ok && databaseKeyInUse() !== null,
    notice: ok && notice && databaseKeyInUse() !== null,
    passphrase: ok ? null : passphraseUse(ctx.dbPath, ctx.keeping.mode),
  });
  return { handlers, state, markCreated: () => void (notice = true) };
}
