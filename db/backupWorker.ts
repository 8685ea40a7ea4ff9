/**
 * Backup copies made off the main thread, so no save waits for a backup (ADR 0006). A worker thread opens the
 * data file with its own read-only connection (WAL lets it read one consistent snapshot beside the app's writer),
 * writes the copy with VACUUM INTO, switches the copy to a rollback journal, runs quick_check on it and flushes it
 * to disk. The main thread only renames the finished copy. The worker loads the same better-sqlite3 (and, on the
 * desktop, the same Electron-ABI native module, db/sqlite.ts) as the app.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import fs from 'node:fs';
import { keyFor, nativeBindingInUse, OPEN_SQLITE_IN_WORKER } from './sqlite';
import path from 'node:path';
import { partialName, putInPlace } from './backupFiles';

/** Plain CommonJS run by the worker (eval), so it needs no build step in any of the app's runtimes. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
${OPEN_SQLITE_IN_WORKER}
try {
  const source = openSqlite(workerData.source, { readonly: true, fileMustExist: true });
  try {
    source.prepare('VACUUM INTO ?').run(workerData.partial);
  } finally {
    source.close();
  }
  const copy = openSqlite(workerData.partial);
  let check;
  try {
    copy.pragma('journal_mode = DELETE');
    check = String(copy.pragma('quick_check', { simple: true }));
  } finally {
    copy.close();
  }
  const fd = fs.openSync(workerData.partial, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  parentPort.postMessage({ ok: true, check });
} catch (err) {
  parentPort.postMessage({
    ok: false,
    message: String((err && err.message) || err),
    code: err && err.code,
    syscall: err && err.syscall,
  });
}
`;

// The CommonJS bundle (Electron's main process) has `require`; the ES modules (harness, tests) make one.
const requireHere: NodeJS.Require = typeof require === 'function' ? require : createRequire(import.meta.url);

/** A copy error from the worker, with SQLite's or the file system's code (mapped to an API error by the caller). */
export class CopyError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly syscall: string | undefined,
  ) {
    super(message);
    this.name = 'CopyError';
  }
}

/**
 * Writes a consistent, checked and flushed copy of the database file `source` to `partial` in a worker thread.
 * Resolves when the copy passed quick_check; rejects otherwise (the caller removes `partial`).
 */
export function copyInWorker(source: string, partial: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        module: requireHere.resolve('better-sqlite3-multiple-ciphers'),
        nativeBinding: nativeBindingInUse(),
        // The copy is written with the source's key (VACUUM INTO from an encrypted connection), so one key opens both.
        key: keyFor(source)?.hex ?? null,
        source,
        partial,
      },
    });
    let settled = false;
    worker.once('message', (m: { ok: boolean; check?: string; message?: string; code?: string; syscall?: string }) => {
      settled = true;
      if (!m.ok) reject(new CopyError(m.message ?? 'copy failed', m.code, m.syscall));
      else if (m.check !== 'ok') reject(new Error(`copy failed quick_check: ${m.check}`));
      else resolve();
    });
    worker.once('error', (err) => {
      if (!settled) reject(err);
      settled = true;
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`backup worker stopped (${code})`));
      settled = true;
    });
  });
}

/**
 * A consistent copy of the database file as it is now, written in a worker thread under a temporary name and put
 * in place at `dest` once checked (as writeSnapshot does on the main thread). Resolves to its size.
 */
export async function writeSnapshotInBackground(databaseFile: string, dest: string): Promise<number> {
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  const partial = partialName(dest);
  try {
    await copyInWorker(databaseFile, partial);
    return putInPlace(partial, dest);
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  }
}
