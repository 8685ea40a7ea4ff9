/**
 * Every released schema version has a fixture database (test/fixtures/db/v<N>.sqlite). Each one, opened by
 * today's code, migrates if needed (with a pre-migration backup) and keeps all of its data.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../db/api/handlers';
import { inspectDatabaseFile } from '../../db/backup';
import { closeDatabase, openDatabase } from '../../db/connection';
import { LATEST_VERSION } from '../../db/migrations/index';
import { FIXTURE_DIR, FIXTURE_TEXT } from '../../scripts/make-fixture';

const fixtures = fs
  .readdirSync(FIXTURE_DIR)
  .map((n) => /^v(\d+)\.sqlite$/.exec(n))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ version: Number(m[1]), file: path.join(FIXTURE_DIR, m[0]) }));

it('there is a fixture for the current schema version', () => {
  expect(fixtures.map((f) => f.version)).toContain(LATEST_VERSION);
});

describe.each(fixtures)('fixture v$version', ({ version, file }) => {
  it('is what it says: our file, that schema version, every table filled, one self-contained file', () => {
    expect(inspectDatabaseFile(file)).toEqual({ ok: true, version });
    expect(fs.readFileSync(file).subarray(18, 20)).toEqual(Buffer.from([1, 1]));
    const db = new Database(file, { readonly: true });
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
    expect(tables.length).toBeGreaterThanOrEqual(10);
    for (const t of tables) expect(db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get(), t).toBeGreaterThan(0);
    db.close();
  });

  it('opens with today’s code, migrating with a backup first, and all data is still there', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-fixture-test-'));
    const copy = path.join(dir, 'casusaudit.sqlite');
    fs.copyFileSync(file, copy);
    const before = fs.readFileSync(copy);
    const { db, preMigrationCopy } = openDatabase(copy);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      if (version < LATEST_VERSION) {
        expect(path.basename(preMigrationCopy!)).toMatch(new RegExp(`-pre-migration-v${version}\\.sqlite$`));
        expect(fs.readFileSync(preMigrationCopy!).length).toBeGreaterThan(0);
        expect(inspectDatabaseFile(preMigrationCopy!)).toEqual({ ok: true, version });
      } else {
        expect(preMigrationCopy).toBeNull();
      }
      expect(fs.readFileSync(file).equals(before)).toBe(true); // the committed fixture itself is never touched

      const api = createHandlers(db);
      expect(
        api
          .listPeople({})
          .map((p) => p.name)
          .sort(),
      ).toEqual(
        [
          'Jonas Proef (fictief)',
          'Lea Testmans (fictief)',
          'Noor Oefening (fictief)',
          'Sara Voorbeeld (fictief)',
        ].sort(),
      );
      const cases = api.listCaseFiles({});
      expect(cases.map((c) => c.dossierCode).sort()).toEqual([
        'FIX-OCJ-2024-017',
        'FIX-OCJ-2025-004',
        'FIX-SDJ-2023-102',
      ]);
      expect(cases.find((c) => c.dossierCode === 'FIX-OCJ-2024-017')).toMatchObject({
        region: 'Oost-Vlaanderen',
        mainTheme: 'verwaarlozing',
        closureYear: 2025,
        minorAges: '4 en 9 jaar',
      });

      const audits = api.listAudits({});
      const byCode = (code: string, status: string) =>
        audits.find((a) => a.caseFile.dossierCode === code && a.status === status)!;
      expect(audits.map((a) => a.status).sort()).toEqual(['completed', 'conversation', 'created', 'scoring']);

      const done = api.getRevealed({ auditId: byCode('FIX-OCJ-2024-017', 'completed').id });
      const template = api.getTemplate({ id: audits[0]!.template.id }).content;
      const itemCount = template.principles.reduce((n, p) => n + p.items.length, 0) + 1;
      expect(done.ratings.consultant).toHaveLength(itemCount);
      expect(done.ratings.reviewer).toHaveLength(itemCount);
      expect(done.ratings.reviewer.map((r) => r.rationale)).toContain(FIXTURE_TEXT.rationale);
      expect(done.ratings.consultant.some((r) => r.notApplicable && r.naReason.length > 0)).toBe(true);
      expect(done.notes.find((n) => n.scope === 'audit' && n.column === 'strengths')?.text).toBe(FIXTURE_TEXT.note);
      expect(done.agreedScores).toHaveLength(template.principles.length);
      expect(done.actions.map((a) => a.what)).toContain('Woord- en beeldverhaal afwerken met mama');
      expect(done.signOffs.map((s) => s.rater).sort()).toEqual(['consultant', 'reviewer']);

      const again = api.getRevealed({ auditId: byCode('FIX-SDJ-2023-102', 'conversation').id });
      expect(again.signOffs).toEqual([]);
      expect(again.reopenings).toEqual([
        expect.objectContaining({ byName: 'Noor Oefening (fictief)', reason: FIXTURE_TEXT.reopenReason }),
      ]);

      // The second participant's role (v6): chosen per audit from v6 on; every older audit gets teamverantwoordelijke.
      expect(audits.map((a) => a.reviewerRole).sort()).toEqual(
        version >= 6
          ? ['groepscoordinator', 'teamverantwoordelijke', 'teamverantwoordelijke', FIXTURE_TEXT.typedRole].sort()
          : Array(4).fill('teamverantwoordelijke'),
      );
      expect(api.getAudit({ id: byCode('FIX-OCJ-2024-017', 'completed').id }).reviewerRole).toBe(
        'teamverantwoordelijke',
      );

      // The migrated file is fully usable: the locks still hold and new work can be saved.
      const scoring = byCode('FIX-OCJ-2025-004', 'scoring');
      const session = api.startScoring({ auditId: scoring.id, rater: 'consultant' });
      expect(session.ratings).toHaveLength(8);
      const item = template.principles[3]!.items[0]!.key;
      api.saveRating({
        auditId: scoring.id,
        rater: 'reviewer',
        itemKey: item,
        score: 7,
        notApplicable: false,
        naReason: '',
        rationale: 'Na de update',
      });
      expect(api.startScoring({ auditId: scoring.id, rater: 'reviewer' }).ratings[0]!.rationale).toBe('Na de update');
      expect(() =>
        api.saveNote({
          auditId: byCode('FIX-OCJ-2024-017', 'completed').id,
          scope: 'audit',
          column: 'next',
          text: 'x',
        }),
      ).toThrow();
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

      // The restore history (v4): the fixture's own restore from v4 on, none before; append-only.
      const restores = db.prepare('SELECT backup_id, summary FROM restore_history').all() as { summary: string }[];
      expect(restores).toHaveLength(version >= 4 ? 1 : 0);
      for (const r of restores) expect(JSON.parse(r.summary)).toMatchObject({ comparable: true });
      if (restores.length > 0) {
        expect(() => db.prepare('DELETE FROM restore_history').run()).toThrow('restore_history_append_only');
        // v10: a summary is rewritten only together with an erasure record, never by an ordinary write.
        expect(() => db.prepare("UPDATE restore_history SET summary = '{}', redacted_at = 'x'").run()).toThrow(
          'restore_history_append_only',
        );
      }
      expect(
        db.prepare("SELECT 1 FROM pragma_table_info('restore_history') WHERE name = 'redacted_at'").get(),
      ).toBeTruthy();

      // Retention and archive (v9): the fixture's five-year period and archived audit from v9 on, none before. An
      // archived audit is out of the default list, found by a search, and what was signed stays locked.
      expect(api.getRetention({})).toMatchObject({ months: version >= 9 ? 60 : null, due: 0 });
      const signedId = byCode('FIX-OCJ-2024-017', 'completed').id;
      expect(api.getAudit({ id: signedId }).archivedAt !== null).toBe(version >= 9);
      if (version < 9) api.archiveAudit({ auditId: signedId });
      const codes = (args: object) => api.listAuditPage(args).items.map((a) => a.dossierCode);
      expect(codes({})).not.toContain('FIX-OCJ-2024-017');
      expect(codes({ query: 'ocj-2024' })).toEqual(['FIX-OCJ-2024-017']);
      expect(() => api.archiveAudit({ auditId: scoring.id })).toThrow('archive_not_completed');
      expect(() => db.prepare("UPDATE audits SET audit_date = '2020-01-01' WHERE id = ?").run(signedId)).toThrow(
        'audit_locked',
      );

      // Choosing a matrix (v11): the fixture's own matrix as the default and the built-in one retired from v11 on;
      // before, the built-in one is the default. A retired matrix stays readable for its audits.
      const matrices = api.listTemplates({});
      const builtIn = matrices.find((m) => m.slug === 'sofs-cca-default')!;
      expect(matrices.map((m) => [m.slug, m.isDefault, m.retired])).toEqual(
        version >= 11
          ? [
              ['fixture-eigen-matrix', true, false],
              ['sofs-cca-default', false, true],
            ]
          : [['sofs-cca-default', true, false]],
      );
      expect(api.getTemplate({ id: builtIn.id }).content.principles).toHaveLength(template.principles.length);
      expect(() => api.retireTemplate({ id: api.getDefaultTemplate({}).id })).toThrow('template_is_default');

      // Learning over time (v12): the signed audit's case file has a team, three safety-plan steps and a follow-up
      // of its first action; a follow-up is append-only, and none can be added to an audit that is not completed.
      const signedFile = db.prepare('SELECT case_file_id FROM audits WHERE id = ?').pluck().get(signedId) as number;
      expect(db.prepare('SELECT team FROM case_files WHERE id = ?').pluck().get(signedFile)).toBe(
        version >= 12 ? 'Team Oefening (fictief)' : null,
      );
      expect(db.prepare('SELECT step_key, state, happened_on FROM safety_plan_steps ORDER BY step_key').all()).toEqual(
        version >= 12
          ? [
              { step_key: 'informed_network', state: 'not_yet', happened_on: null },
              { step_key: 'internal_mapping', state: 'done', happened_on: '2025-09-15' },
              { step_key: 'sharing_timeline', state: 'not_applicable', happened_on: null },
            ]
          : [],
      );
      expect(db.prepare('SELECT count(*) FROM action_followups').pluck().get()).toBe(version >= 12 ? 1 : 0);
      if (version >= 12)
        expect(() => db.prepare("UPDATE action_followups SET state = 'open'").run()).toThrow('follow_up_append_only');
      const openAction = db
        .prepare('SELECT min(id) FROM actions WHERE audit_id = ?')
        .pluck()
        .get(byCode('FIX-SDJ-2023-102', 'conversation').id) as number | null;
      if (openAction !== null)
        expect(() =>
          db
            .prepare(
              "INSERT INTO action_followups (action_id, audit_id, state, recorded_at) SELECT id, audit_id, 'done', '2026-01-01' FROM actions WHERE id = ?",
            )
            .run(openAction),
        ).toThrow('follow_up_not_completed');

      // The erasure log (v8): the fixture's erased person from v8 on; a migrated completed audit can be erased
      // only through the recorded erasure, with its second confirmation.
      const erasures = () => db.prepare('SELECT kind, audits FROM erasure_log ORDER BY id').all();
      expect(erasures()).toEqual(version >= 8 ? [{ kind: 'person', audits: 0 }] : []);
      const signed = byCode('FIX-OCJ-2024-017', 'completed').id;
      expect(() => db.prepare('DELETE FROM audits WHERE id = ?').run(signed)).toThrow('audit_locked');
      expect(() => api.eraseAudit({ auditId: signed })).toThrow('erase_unconfirmed');
      expect(api.eraseAudit({ auditId: signed, confirmCompleted: true }).erased.audits).toHaveLength(1);
      expect(erasures().at(-1)).toEqual({ kind: 'audit', audits: 1 });
      expect(() => db.prepare('DELETE FROM erasure_log').run()).toThrow('erasure_log_append_only');

      // The migrated schema (tables, indexes, triggers) is exactly what a new database gets.
      const fresh = openDatabase(path.join(dir, 'fresh.sqlite'));
      try {
        const schema = (d: typeof db) =>
          d
            .prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
            .all();
        expect(schema(db)).toEqual(schema(fresh.db));
      } finally {
        closeDatabase(fresh.db);
      }
    } finally {
      closeDatabase(db);
    }
  });
});
