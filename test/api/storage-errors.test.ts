/**
 * Storage failures each get their own typed error, from real causes on a real SQLite file: a connection that can
 * only read (read-only), a database that may not grow (disk full, by `max_page_count`), another connection holding
 * the write lock (busy), a constraint that is not one of our triggers' codes (conflict). Our triggers' codes still
 * come through as themselves, the storage operations (backups) answer with the same codes, and a file write on a
 * full device (/dev/full: ENOSPC) maps to disk full as well.
 * Nothing is stored by a failed call.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, storageError } from '../../db/api/dispatch';
import { dumpDatabase } from '../support/dbDump';
import { fail, ok } from '../support/results';
import { createTestAudit, type TestAudit } from '../support/testAudit';

let t: TestAudit;
let other: Database.Database | null = null;
let itemKey = '';
const rating = (rationale: string) => ({
  auditId: t.auditId,
  rater: 'consultant',
  itemKey,
  score: 4,
  notApplicable: false,
  naReason: '',
  rationale,
});

beforeEach(() => {
  t = createTestAudit('storage-errors', 'ST-2026-1');
  itemKey = t.content.principles[0]!.items[0]!.key;
});
afterEach(() => {
  other?.close();
  other = null;
  t.backend.close();
});

describe('storage errors have their own codes', () => {
  it('read-only: a connection that can only read answers storage_read_only, not a retryable storage_failed', () => {
    other = new Database(t.file, { readonly: true });
    const logged: unknown[] = [];
    const readOnly = createDispatch(other, { log: (_m, err) => logged.push(err) });
    const before = dumpDatabase(t.backend.db);
    expect(fail(readOnly('saveRating', rating('Zo gezegd')))).toEqual({ code: 'storage_read_only' });
    expect(fail(readOnly('createPerson', { name: 'Nieuw', role: 'consulent' }))).toEqual({ code: 'storage_read_only' });
    expect(logged).toHaveLength(2); // a storage problem is logged with its cause
    expect(dumpDatabase(t.backend.db)).toBe(before);

    // The same through the backend's own connection switched to read-only (PRAGMA query_only).
    t.backend.db.pragma('query_only = ON');
    expect(fail(t.backend.dispatch('saveRating', rating('Zo gezegd'))).code).toBe('storage_read_only');
    // A backup (VACUUM INTO) through the storage operations' guard gets the same code.
    expect(fail(t.backend.dispatch('createBackup', {}))).toEqual({ code: 'storage_read_only' });
    t.backend.db.pragma('query_only = OFF');
    ok(t.backend.dispatch('saveRating', rating('Zo gezegd')));
    ok(t.backend.dispatch('createBackup', {}));
  });

  it('disk full: a database that cannot grow answers storage_full and keeps what it had', () => {
    ok(t.backend.dispatch('saveRating', rating('kort')));
    const before = dumpDatabase(t.backend.db);
    const pages = t.backend.db.pragma('page_count', { simple: true }) as number;
    t.backend.db.pragma(`max_page_count = ${pages}`);
    expect(fail(t.backend.dispatch('saveRating', rating('lang '.repeat(3000))))).toEqual({ code: 'storage_full' });
    expect(dumpDatabase(t.backend.db)).toBe(before);
    t.backend.db.pragma('max_page_count = 1073741823');
    ok(t.backend.dispatch('saveRating', rating('lang '.repeat(3000))));
  });

  it('busy: another connection holding the write lock answers storage_busy; it lands once the lock is gone', () => {
    other = new Database(t.file);
    other.prepare('BEGIN IMMEDIATE').run();
    const timeout = t.backend.db.pragma('busy_timeout', { simple: true }) as number;
    t.backend.db.pragma('busy_timeout = 0'); // answer at once instead of waiting for the lock
    try {
      expect(fail(t.backend.dispatch('saveRating', rating('bezet')))).toEqual({ code: 'storage_busy' });
    } finally {
      other.prepare('ROLLBACK').run();
      t.backend.db.pragma(`busy_timeout = ${timeout}`);
    }
    ok(t.backend.dispatch('saveRating', rating('bezet')));
  });

  it('conflict: a constraint that is not one of our codes answers storage_conflict; our trigger codes stay themselves', () => {
    other = new Database(t.file);
    // As if another program (or a newer version) had added a rule to the file: one person per name.
    other.exec('CREATE UNIQUE INDEX test_people_name ON people(name)');
    const before = dumpDatabase(t.backend.db);
    expect(fail(t.backend.dispatch('createPerson', { name: 'Rik Reviewer', role: 'consulent' }))).toEqual({
      code: 'storage_conflict',
    });
    expect(dumpDatabase(t.backend.db)).toBe(before);
    // A trigger whose message is one of our error codes still answers that code.
    other.exec("CREATE TRIGGER test_lock BEFORE INSERT ON people BEGIN SELECT RAISE(ABORT, 'audit_locked'); END");
    expect(fail(t.backend.dispatch('createPerson', { name: 'Iemand', role: 'consulent' }))).toEqual({
      code: 'audit_locked',
    });
  });

  it('file errors map too: a write on a full device (ENOSPC) is disk full; others by their errno', () => {
    let enospc: unknown = null;
    try {
      fs.writeFileSync('/dev/full', 'x'.repeat(4096));
    } catch (err) {
      enospc = err;
    }
    expect((enospc as NodeJS.ErrnoException)?.code).toBe('ENOSPC');
    expect(storageError(enospc)).toEqual({ code: 'storage_full' });
    const errno = (code: string) => Object.assign(new Error(code), { code, syscall: 'open' });
    expect(storageError(errno('EROFS'))).toEqual({ code: 'storage_read_only' });
    expect(storageError(errno('EACCES'))).toEqual({ code: 'storage_read_only' });
    expect(storageError(errno('EBUSY'))).toEqual({ code: 'storage_busy' });
    expect(storageError(errno('EIO'))).toEqual({ code: 'storage_failed' });
    expect(storageError(Object.assign(new Error('x'), { code: 'SQLITE_IOERR_WRITE' }))).toEqual({
      code: 'storage_failed',
    });
    expect(storageError(new TypeError('not storage'))).toBeNull();
  });
});
