/**
 * Everything at rest is encrypted (issue 13, ADR 0014): a marker written through the API into every text field is
 * found in no byte of the data file, its -wal, any backup (manual in the worker and on the connection, scheduled,
 * pre-restore, pre-migration) or a saved copy. The same steps on a plain file find it, so the search can fail.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import { KEY_PRAGMAS, newDataKey, type DataKey } from '../../db/keys';
import type { BackupInfo, RestorePreview } from '../../shared/domain/storage';
import { isPlain, openKeyed } from '../support/keyed';
import { fillWithMarker } from '../support/markerAudit';
import { ok } from '../support/results';
import { createTestAudit, openQuietBackend } from '../support/testAudit';

const MARKER = 'ZqxCipherMarker9021';
const holds = (file: string) => fs.readFileSync(file).includes(Buffer.from(MARKER, 'utf8'));

/** Every file that holds the data at rest after backups of every kind, a restore and two saved copies. */
async function filesAtRest(backend: Backend, file: string, dir: string): Promise<string[]> {
  const call = (op: string, args: unknown) => backend.dispatch(op, args);
  const manual = ok<BackupInfo>(await backend.call('createBackup', {})); // in the worker thread
  ok<BackupInfo>(call('createBackup', {})); // on the app's own connection
  expect(await backend.backupNow()).not.toBeNull(); // scheduled
  const preview = ok<RestorePreview>(call('previewRestore', { id: manual.id }));
  ok(call('restoreBackup', { id: manual.id, ...(preview.confirmation ? { confirmation: preview.confirmation } : {}) }));
  // After the restore the file was reopened: a new change puts the marker in its -wal again.
  ok(call('createPerson', { name: `Na herstel ${MARKER}`, role: 'consulent' }));
  const saved = backend.exportTo(path.join(dir, 'kopie.sqlite')).path;
  const streamed = ok<{ path: string }>(await backend.exportCopy()).path;
  const download = path.join(dir, 'download.sqlite');
  fs.writeFileSync(download, Buffer.from(ok<{ base64: string }>(call('exportDatabase', {})).base64, 'base64'));
  fs.copyFileSync(streamed, path.join(dir, 'streamed.sqlite'));
  fs.rmSync(streamed);
  const backups = fs.readdirSync(backend.backupsDir).map((b) => path.join(backend.backupsDir, b));
  expect(backups.some((b) => b.includes('-pre-restore'))).toBe(true);
  return [file, `${file}-wal`, ...backups, saved, path.join(dir, 'streamed.sqlite'), download];
}

async function runWith(key: DataKey | null) {
  const t = createTestAudit('at-rest', 'REST-2026-1', key);
  fillWithMarker((op, args) => t.backend.dispatch(op, args), t.auditId, t.content, MARKER);
  const files = await filesAtRest(t.backend, t.file, t.dir);
  return { ...t, files };
}

describe('a marker in every text field', () => {
  it('is in no byte of the encrypted data file, its -wal, any backup or a saved copy', async () => {
    const key = newDataKey();
    const t = await runWith(key);
    expect(fs.statSync(`${t.file}-wal`).size).toBeGreaterThan(0);
    for (const f of t.files) {
      expect(holds(f), f).toBe(false);
      expect(isPlain(f), f).toBe(false);
    }
    // The copies are whole: opened with the same key, each one holds the marker.
    const copy = openKeyed(t.files.at(-1)!, key, { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM people WHERE name LIKE ?').pluck().get(`%${MARKER}%`)).toBe(2);
    copy.close();
    t.backend.close();
  });

  it('is found in a plain file by the same search (the search can fail)', async () => {
    const t = await runWith(null);
    expect(t.files.filter((f) => !holds(f))).toEqual([]);
    t.backend.close();
  });
});

describe('a migration of an encrypted file', () => {
  it('keeps its pre-migration backup encrypted', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-premigration-'));
    const file = path.join(dir, 'casusaudit.sqlite');
    fs.copyFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'db', 'v2.sqlite'), file);
    const key = newDataKey();
    // An older encrypted file: the fixture, with the marker, encrypted in place (rekey of a plain file).
    const old = new Database(file);
    old.prepare('UPDATE people SET name = ?').run(`Persoon ${MARKER}`);
    old.pragma('journal_mode = DELETE');
    for (const p of KEY_PRAGMAS(key).slice(0, 2)) old.pragma(p);
    old.pragma(`rekey="x'${key.hex}'"`);
    old.close();
    expect(holds(file)).toBe(false);
    const b = openQuietBackend(file, key);
    expect(b.mode).toBe('ok');
    const backups = fs.readdirSync(b.backupsDir);
    b.close();
    const pre = backups.find((n) => n.includes('-pre-migration-v2'));
    expect(pre).toBeDefined();
    expect(holds(path.join(b.backupsDir, pre!))).toBe(false);
    expect(isPlain(path.join(b.backupsDir, pre!))).toBe(false);
  });
});
