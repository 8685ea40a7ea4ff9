/**
 * The key of an encrypted data file (ADR 0014): 32 random bytes, handed to SQLite as a raw key (`x'<hex>'`), so no
 * key derivation runs on open. A passphrase (the harness's `--passphrase`, the desktop without a keyring) becomes
 * such a key once, through scrypt with a random salt kept beside the data file.
 */
import crypto from 'node:crypto';

const KEY_BYTES = 32;
const HEX = /^[0-9a-f]{64}$/;

/** A raw 256-bit key. Its bytes are reachable only as hex for SQLite's pragma and for the recovery copy. */
export interface DataKey {
  readonly kind: 'data-key';
  /** 64 lower-case hex digits. */
  readonly hex: string;
}

const keyOf = (hex: string): DataKey => Object.freeze({ kind: 'data-key' as const, hex });

/** A new random key (for a new data file). */
export const newDataKey = (): DataKey => keyOf(crypto.randomBytes(KEY_BYTES).toString('hex'));

/** A key written as 64 hex digits (a key file, a recovery copy; spaces and case are ignored), or null if not one. */
export function dataKeyFromHex(text: string): DataKey | null {
  const hex = text.replace(/\s+/g, '').toLowerCase();
  return HEX.test(hex) ? keyOf(hex) : null;
}

/** scrypt for a passphrase: N = 2^15, r = 8, p = 1 (32 MiB of memory, about 0.1 s), run once per start, never per open. */
export const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;

/** The key for a passphrase and the file's salt (16 random bytes kept beside it). */
export function dataKeyFromPassphrase(passphrase: string, salt: Buffer): DataKey {
  if (passphrase.length === 0) throw new Error('empty passphrase');
  return keyOf(crypto.scryptSync(passphrase.normalize('NFC'), salt, KEY_BYTES, SCRYPT).toString('hex'));
}

/** The three pragmas that unlock (or, for a new file, encrypt) a connection: SQLCipher 4 format, raw key. */
export const KEY_PRAGMAS = (key: DataKey): string[] => ["cipher='sqlcipher'", 'legacy=4', `key="x'${key.hex}'"`];

/** The recovery code as people copy it: 64 hex digits in groups of four. */
export const recoveryCode = (key: DataKey): string => key.hex.match(/.{4}/g)!.join(' ');
