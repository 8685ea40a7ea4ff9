/**
 * No save waits for a backup: a manual backup asked through the transports (Backend.call) and a scheduled one are
 * written and checked in a worker thread. Saves made after the backup was asked for complete while it is still
 * being written (it is not yet in the list), and the finished backup is a complete, checked copy.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildBigFile } from '../bench/bigFile';
import { inspectDatabaseFile } from '../../db/backup';
import { openQuietBackend } from '../support/testAudit';
import { ok } from '../support/results';
import type { Backend } from '../../db/backend';
import os from 'node:os';
import path from 'node:path';

let b: Backend;
let file = '';
afterEach(() => {
  b?.close();
  if (file) fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

/** Saves one rating after another (each on its own turn of the event loop) until `until` settles. */
async function savesUntil(until: Promise<unknown>): Promise<string[]> {
  const events: string[] = [];
  let done = false;
  void until.finally(() => events.push('backup done')).finally(() => (done = true));
  for (let i = 0; !done; i++) {
    const res = await b.call('saveRating', {
      auditId: 2,
      rater: 'consultant',
      itemKey: 'basishouding.respect',
      score: i % 11,
      notApplicable: false,
      naReason: '',
      rationale: `tijdens de back-up ${i}`,
    });
    if (!done) events.push(res.ok ? 'save' : 'save failed');
    await new Promise((r) => setImmediate(r));
  }
  return events;
}

function open(): void {
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-bg-backup-')), 'casusaudit.sqlite');
  buildBigFile(file, 40);
  b = openQuietBackend(file);
}

describe('backups beside saves', () => {
  it('a manual backup: saves asked for after it complete before it does, and it is a checked copy', async () => {
    open();
    const made = b.call('createBackup', {});
    const events = await savesUntil(made);
    expect(events.filter((e) => e === 'save').length).toBeGreaterThanOrEqual(3);
    expect(events).not.toContain('save failed');
    const backup = ok<{ id: string }>(await made);
    expect(ok<{ id: string }[]>(b.dispatch('listBackups', {})).map((x) => x.id)).toContain(backup.id);
    expect(inspectDatabaseFile(`${b.backupsDir}/${backup.id}`).ok).toBe(true);
    const rating = b.db
      .prepare(
        "SELECT rationale FROM ratings WHERE audit_id = 2 AND rater = 'consultant' AND item_key = 'basishouding.respect'",
      )
      .pluck()
      .get();
    expect(rating).toMatch(/^tijdens de back-up \d+$/);
  });

  it('a scheduled backup: the same', async () => {
    open();
    const made = b.backupNow();
    const events = await savesUntil(made);
    expect(events.filter((e) => e === 'save').length).toBeGreaterThanOrEqual(3);
    const backup = await made;
    expect(backup).not.toBeNull();
    expect(inspectDatabaseFile(`${b.backupsDir}/${backup!.id}`).ok).toBe(true);
  });

  it('answers as the synchronous createBackup does when there is no database (recovery) or bad arguments', async () => {
    open();
    expect(await b.call('createBackup', { extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_arguments' },
    });
    b.close();
    expect(await b.call('createBackup', {})).toEqual(b.dispatch('createBackup', {}));
  });
});
