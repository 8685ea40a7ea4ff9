/**
 * The startup state (asked on every page load) names the newest usable backup from what is known without reading
 * backups: the verdict of the check made when the backup was written or last inspected, else its 100-byte header.
 * A backup damaged on disk after it was made is therefore not found at startup, but is refused as soon as it is
 * verified (preview or restore), and from then on the startup state passes over it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { headerLooksUsable, knownVerdict } from '../../db/backupVerdicts';
import { openQuietBackend } from '../support/testAudit';
import { fail, ok } from '../support/results';
import type { Backend } from '../../db/backend';

const dirs: string[] = [];
const backends: Backend[] = [];
afterEach(() => {
  for (const b of backends.splice(0)) b.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function withTwoBackups() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-startup-'));
  dirs.push(dir);
  const b = openQuietBackend(path.join(dir, 'casusaudit.sqlite'));
  backends.push(b);
  ok(b.dispatch('createPerson', { name: 'Ann Voorbeeld', role: 'consulent' }));
  const older = ok<{ id: string }>(b.dispatch('createBackup', {})).id;
  ok(b.dispatch('createPerson', { name: 'Bart Later', role: 'teamverantwoordelijke' }));
  const newer = ok<{ id: string }>(b.dispatch('createBackup', {})).id;
  return { b, older, newer, file: (id: string) => path.join(b.backupsDir, id) };
}

/** Overwrites the b-tree pages after the first (the header page stays intact), as a disk error would. */
function damageBody(file: string): void {
  const buf = fs.readFileSync(file);
  const page = buf.readUInt16BE(16) === 1 ? 65536 : buf.readUInt16BE(16);
  for (let p = 1; p * page < buf.length; p++) buf.fill(0xa5, p * page, p * page + 64);
  fs.writeFileSync(file, buf);
}

describe('the startup state and backups', () => {
  it('remembers the check made when a backup was written', () => {
    const { b, newer, file } = withTwoBackups();
    expect(knownVerdict(file(newer))).toBe(true);
    expect(ok(b.dispatch('getStartupState', {})).newestGoodBackup.id).toBe(newer);
  });

  it('reads only the header of a backup it knows nothing of: a damaged body shows only when verified', () => {
    const { b, older, newer, file } = withTwoBackups();
    damageBody(file(newer));
    expect(knownVerdict(file(newer))).toBeUndefined(); // the file changed since it was checked
    expect(headerLooksUsable(file(newer))).toBe(true);
    // Not read at startup: still offered.
    expect(ok(b.dispatch('getStartupState', {})).newestGoodBackup.id).toBe(newer);
    // Verified when someone wants it back: refused, and passed over from then on.
    expect(fail(b.dispatch('previewRestore', { id: newer })).code).toBe('database_damaged');
    expect(knownVerdict(file(newer))).toBe(false);
    expect(ok(b.dispatch('getStartupState', {})).newestGoodBackup.id).toBe(older);
  });

  it('passes over a backup whose header is not ours or is too new, without opening it', () => {
    const { b, older, newer, file } = withTwoBackups();
    const buf = fs.readFileSync(file(newer));
    buf.writeUInt32BE(9999, 60); // user_version from a far newer app
    fs.writeFileSync(file(newer), buf);
    expect(ok(b.dispatch('getStartupState', {})).newestGoodBackup.id).toBe(older);
    fs.writeFileSync(file(older), 'Geen database.\n'.repeat(10));
    expect(ok(b.dispatch('getStartupState', {})).newestGoodBackup).toBeNull();
  });
});
