/**
 * Where the browser harness keeps a data file's key (ADR 0014): `<data>.key` beside it (64 hex digits, mode 0600,
 * written atomically), or a passphrase turned into the key with scrypt and the salt in `<data>.salt`. A key file
 * that others may read is refused on POSIX systems, with a message that says how to fix it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fsyncPath } from './backupFiles';
import { dataKeyFromHex, dataKeyFromPassphrase, newDataKey, type DataKey } from './keys';
import { isPlainSqlite } from './sqlite';

export const keyFilePath = (dataFile: string): string => `${dataFile}.key`;
export const saltFilePath = (dataFile: string): string => `${dataFile}.salt`;

export class KeyFileError extends Error {
  constructor(
    readonly reason: 'too_open' | 'malformed',
    readonly file: string,
  ) {
    super(`${file}: ${reason === 'too_open' ? 'readable by others (chmod 600 it)' : 'not a key'}`);
    this.name = 'KeyFileError';
  }
}

/** Writes `data` to `file` with `mode` so that a crash leaves the old file or the new one, never half of it. */
export function writeFileAtomic(file: string, data: string | Buffer, mode = 0o600): void {
  const tmp = `${file}.partial-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
  const fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL, mode);
  try {
    fs.writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  fsyncPath(path.dirname(file));
}

/** The key in a key file; null when there is none. Throws KeyFileError for a file others may read, or no key. */
export function readKeyFile(file: string): DataKey | null {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  if (process.platform !== 'win32' && (st.mode & 0o077) !== 0) throw new KeyFileError('too_open', file);
  const key = dataKeyFromHex(fs.readFileSync(file, 'utf8'));
  if (!key) throw new KeyFileError('malformed', file);
  return key;
}

/** A file with no data yet (missing or zero bytes): a new data file will be made, encrypted. */
const isNewFile = (file: string) => !fs.existsSync(file) || fs.statSync(file).size === 0;

export interface FoundKey {
  /** Null: no key (a plain file opened as it is, or an encrypted one whose key is missing: recovery). */
  key: DataKey | null;
  /** A key made just now: the user must be told once that losing it loses the data. */
  created: boolean;
}

/** The salt for a passphrase: kept beside the data file; a new one (16 random bytes) for a data file to be made. */
function saltFor(dataFile: string): { salt: Buffer; created: boolean } {
  const file = saltFilePath(dataFile);
  if (fs.existsSync(file)) return { salt: Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex'), created: false };
  const salt = crypto.randomBytes(16);
  writeFileAtomic(file, `${salt.toString('hex')}\n`, 0o644);
  return { salt, created: true };
}

/**
 * The harness's key for `dataFile`: from the passphrase if one is given, else from `<data>.key`; a new data file,
 * or a plain one (encrypted as the backend opens it, db/encryptPlain.ts), gets a new random key, its key file
 * written before anything is encrypted with it.
 */
export function harnessKeyFor(dataFile: string, passphrase?: string): FoundKey {
  if (passphrase !== undefined) {
    const { salt, created } = saltFor(dataFile);
    return { key: dataKeyFromPassphrase(passphrase, salt), created };
  }
  const existing = readKeyFile(keyFilePath(dataFile));
  if (existing) return { key: existing, created: false };
  // An encrypted file without its key: none (recovery, untouched). A plain one gets a key and is encrypted.
  if (!isNewFile(dataFile) && !isPlainSqlite(dataFile)) return { key: null, created: false };
  const key = newDataKey();
  fs.mkdirSync(path.dirname(path.resolve(dataFile)), { recursive: true });
  writeFileAtomic(keyFilePath(dataFile), `${key.hex}\n`);
  return { key, created: true };
}
