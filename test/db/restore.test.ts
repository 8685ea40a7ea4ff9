/**
 * Restoring a backup respects the signed record (issue 10, finding 1): a preview of what goes back, a restore that
 * would put back something signed only with its confirmation, every restore recorded in an append-only history
 * that the restored file takes over, and pre-restore copies that routine rotation never prunes.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_BACKUP_SETTINGS } from '../../db/backup';
import { openBackend, type Backend } from '../../db/backend';
import { LATEST_VERSION } from '../../db/migrations/index';
import type { Rater } from '../../shared/domain/model';
import type { RestoreHistoryEntry, RestorePreview } from '../../shared/domain/storage';
import { allItems, type TemplateItem } from '../../shared/domain/template';
import { dumpDatabase } from '../support/dbDump';
import { fail, ok } from '../support/results';
import { createTestAudit } from '../support/testAudit';

const opened: Backend[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

/** An audit in the conversation, on a backend with the default backup settings (keep 20 of each rotated kind). */
function auditInConversation(code: string) {
  const t = createTestAudit('restore', code);
  t.backend.close();
  const backend = openBackend(t.file, {
    backups: { intervalMinutes: 0, keep: DEFAULT_BACKUP_SETTINGS.keep },
    log: () => {},
  });
  opened.push(backend);
  const call = (op: string, args: unknown) => backend.dispatch(op, args);
  const items: TemplateItem[] = allItems(t.content);
  for (const rater of ['consultant', 'reviewer'] as Rater[]) {
    items.forEach((item, i) =>
      ok(
        call('saveRating', {
          auditId: t.auditId,
          rater,
          itemKey: item.key,
          score: 4 + (i % 5),
          notApplicable: false,
          naReason: '',
          rationale: '',
        }),
      ),
    );
    ok(call('submitRatings', { auditId: t.auditId, rater, confirmGaps: false }));
  }
  ok(call('reveal', { auditId: t.auditId }));
  ok(call('saveNote', { auditId: t.auditId, scope: 'audit', column: 'strengths', text: 'Mooi gesprek.' }));
  return { ...t, backend, call, status: () => ok<{ status: string }>(call('getAudit', { id: t.auditId })).status };
}

const signBoth = (call: (op: string, args: unknown) => unknown, auditId: number) => {
  ok(call('signOff', { auditId, rater: 'consultant', name: 'Charlotte Consulent' }) as never);
  return ok<{ status: string }>(call('signOff', { auditId, rater: 'reviewer', name: 'Rik Reviewer' }) as never);
};

/** The audit's status and signer names as stored in a backup file (opened read-only). */
function signedIn(file: string, auditId: number): { status: string; signers: string[] } {
  const db = new Database(file, { readonly: true });
  try {
    const status = db.prepare('SELECT status FROM audits WHERE id = ?').pluck().get(auditId) as string;
    const signers = db
      .prepare('SELECT name FROM sign_offs WHERE audit_id = ? ORDER BY name')
      .pluck()
      .all(auditId) as string[];
    return { status, signers };
  } finally {
    db.close();
  }
}

describe('restoring a backup made during the conversation, after both signed (finding 1)', () => {
  it('shows what goes back, refuses without confirmation, restores with it and records it; a later restore keeps that history', () => {
    const t = auditInConversation('HERSTEL-2026-1');
    const during = ok<{ id: string }>(t.call('createBackup', {}));
    expect(signBoth(t.call, t.auditId).status).toBe('completed');

    const preview = ok<RestorePreview>(t.call('previewRestore', { id: during.id }));
    expect(preview).toMatchObject({ comparable: true, signedGoesBack: true, backup: { id: during.id } });
    expect(preview.audits).toEqual([
      {
        auditId: t.auditId,
        dossierCode: 'HERSTEL-2026-1',
        change: 'changed',
        statusNow: 'completed',
        statusAfter: 'conversation',
        signaturesLost: [
          expect.objectContaining({ rater: 'consultant', name: 'Charlotte Consulent' }),
          expect.objectContaining({ rater: 'reviewer', name: 'Rik Reviewer' }),
        ],
        reopeningsLost: [],
      },
    ]);
    expect(preview.confirmation).toMatch(/^[0-9a-f]{32}$/);

    // Without the confirmation (or with one that does not fit), nothing happens: no copy, no change.
    const before = dumpDatabase(t.backend.db);
    const backupsBefore = ok<unknown[]>(t.call('listBackups', {})).length;
    expect(fail(t.call('restoreBackup', { id: during.id }))).toEqual({
      code: 'restore_unconfirmed',
      params: { audits: 1 },
    });
    expect(fail(t.call('restoreBackup', { id: during.id, confirmation: '0'.repeat(32) })).code).toBe(
      'restore_unconfirmed',
    );
    expect(dumpDatabase(t.backend.db)).toBe(before);
    expect(ok<unknown[]>(t.call('listBackups', {}))).toHaveLength(backupsBefore);
    expect(t.status()).toBe('completed');

    const restored = ok(t.call('restoreBackup', { id: during.id, confirmation: preview.confirmation }));
    expect(t.status()).toBe('conversation');
    const history = ok<RestoreHistoryEntry[]>(t.call('listRestoreHistory', {}));
    expect(history).toEqual([
      expect.objectContaining({
        backupId: during.id,
        safetyBackupId: restored.safetyBackup.id,
        movedAsideTo: null,
        summary: { comparable: true, audits: preview.audits },
      }),
    ]);
    // The signed record is kept in the copy made just before.
    expect(signedIn(path.join(t.backend.backupsDir, restored.safetyBackup.id), t.auditId)).toEqual({
      status: 'completed',
      signers: ['Charlotte Consulent', 'Rik Reviewer'],
    });
    ok(t.call('saveNote', { auditId: t.auditId, scope: 'audit', column: 'next', text: 'Na het terugzetten.' }));

    // Restoring that copy (made before the first restore, so without its history row) keeps the history.
    const back = ok<RestorePreview>(t.call('previewRestore', { id: restored.safetyBackup.id }));
    expect(back.audits).toEqual([
      expect.objectContaining({ statusNow: 'conversation', statusAfter: 'completed', signaturesLost: [] }),
    ]);
    expect(back.signedGoesBack).toBe(false);
    ok(t.call('restoreBackup', { id: restored.safetyBackup.id }));
    expect(t.status()).toBe('completed');
    const later = ok<RestoreHistoryEntry[]>(t.call('listRestoreHistory', {}));
    expect(later.map((e) => e.backupId)).toEqual([restored.safetyBackup.id, during.id]);
    expect(later[1]).toEqual(history[0]);

    // Append-only, in the database itself.
    expect(() => t.backend.db.prepare('DELETE FROM restore_history').run()).toThrow('restore_history_append_only');
    expect(() => t.backend.db.prepare("UPDATE restore_history SET backup_id = 'x'").run()).toThrow(
      'restore_history_append_only',
    );
  });

  it('after 25 backup/restore cycles with the default keep, a pre-restore copy still holds the signed record', () => {
    const t = auditInConversation('HERSTEL-2026-2');
    const during = ok<{ id: string }>(t.call('createBackup', {}));
    signBoth(t.call, t.auditId);
    const { confirmation } = ok<RestorePreview>(t.call('previewRestore', { id: during.id }));
    ok(t.call('restoreBackup', { id: during.id, confirmation }));
    for (let i = 0; i < 25; i++) {
      const made = ok<{ id: string }>(t.call('createBackup', {}));
      ok(t.call('restoreBackup', { id: made.id }));
    }
    const backups = ok<{ id: string; kind: string }[]>(t.call('listBackups', {}));
    expect(backups.filter((b) => b.kind === 'manual')).toHaveLength(DEFAULT_BACKUP_SETTINGS.keep);
    const preRestore = backups.filter((b) => b.kind === 'pre-restore');
    expect(preRestore).toHaveLength(26);
    const signed = preRestore.filter(
      (b) => signedIn(path.join(t.backend.backupsDir, b.id), t.auditId).signers.length === 2,
    );
    expect(signed).toHaveLength(1);
    expect(ok<unknown[]>(t.call('listRestoreHistory', {}))).toHaveLength(26);
  }, 120_000);
});

describe('restore history', () => {
  it('an older backup (schema v3) is migrated in its copy and takes over the history; the backup file stays as it was', () => {
    const t = auditInConversation('HERSTEL-2026-3');
    const made = ok<{ id: string }>(t.call('createBackup', {}));
    ok(t.call('restoreBackup', { id: made.id }));
    const old = 'casusaudit-20251103-120000-000-manual.sqlite';
    const oldPath = path.join(t.backend.backupsDir, old);
    fs.copyFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'db', 'v3.sqlite'), oldPath);
    const bytes = fs.readFileSync(oldPath);

    const preview = ok<RestorePreview>(t.call('previewRestore', { id: old }));
    const changes = preview.audits.map((a) => [a.dossierCode, a.change]);
    expect(changes).toContainEqual(['HERSTEL-2026-3', 'disappears']);
    expect(changes).toContainEqual(['FIX-OCJ-2024-017', 'appears']);
    ok(t.call('restoreBackup', { id: old, confirmation: preview.confirmation ?? undefined }));
    expect(t.backend.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(
      ok<{ caseFile: { dossierCode: string } }[]>(t.call('listAudits', {})).map((a) => a.caseFile.dossierCode),
    ).toContain('FIX-OCJ-2024-017');
    expect(ok<RestoreHistoryEntry[]>(t.call('listRestoreHistory', {})).map((e) => e.backupId)).toEqual([old, made.id]);
    expect(fs.readFileSync(oldPath).equals(bytes)).toBe(true);
  });

  it('in recovery mode there is nothing to compare: the restore needs no token and is recorded with the file set aside', () => {
    const t = auditInConversation('HERSTEL-2026-4');
    const made = ok<{ id: string }>(t.call('createBackup', {}));
    signBoth(t.call, t.auditId);
    t.backend.close();
    fs.writeFileSync(t.file, 'Geen database meer, maar een notitie.\n'.repeat(20));
    const b = openBackend(t.file, { backups: { intervalMinutes: 0, keep: 20 }, log: () => {} });
    opened.push(b);
    expect(b.mode).toBe('recovery');
    expect(ok<RestorePreview>(b.dispatch('previewRestore', { id: made.id }))).toMatchObject({
      comparable: false,
      audits: [],
      signedGoesBack: false,
      confirmation: null,
    });
    const result = ok(b.dispatch('restoreBackup', { id: made.id }));
    expect(ok<RestoreHistoryEntry[]>(b.dispatch('listRestoreHistory', {}))).toEqual([
      expect.objectContaining({
        backupId: made.id,
        safetyBackupId: null,
        movedAsideTo: path.basename(result.movedAsideTo),
        summary: { comparable: false, audits: [] },
      }),
    ]);
  });
});
