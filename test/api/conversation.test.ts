/**
 * From the reveal to a signed, read-only audit, through the real dispatcher on a real SQLite file: notes in three
 * columns, agreed scores, action points, the shared sign-off, the lock after it, and reopening with a record.
 */
import { dumpDatabase } from '../support/dbDump';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import type { Rater } from '../../shared/domain/model';
import type { ActionPoint, Revealed } from '../../shared/domain/conversation';
import { allItems, type TemplateContent, type TemplateItem } from '../../shared/domain/template';
import { ok, fail } from '../support/results';
import { createTestAudit, openQuietBackend } from '../support/testAudit';

let backend: Backend;
let dir = '';
let file = '';
let auditId = 0;
let items: TemplateItem[] = [];
let principles: string[] = [];

const call = (op: string, args: unknown) => backend.dispatch(op, args);
const status = () => ok<{ status: string }>(call('getAudit', { id: auditId })).status;
const revealed = () => ok<Revealed>(call('getRevealed', { auditId }));
const scoreAll = (rater: Rater, score: (i: number) => number) =>
  items.forEach((it, i) =>
    ok(
      call('saveRating', {
        auditId,
        rater,
        itemKey: it.key,
        score: score(i),
        notApplicable: false,
        naReason: '',
        rationale: `${rater} ${i}`,
      }),
    ),
  );
const submit = (rater: Rater) => ok(call('submitRatings', { auditId, rater, confirmGaps: false }));
const bothSubmitted = () => {
  scoreAll('consultant', (i) => i % 11);
  scoreAll('reviewer', (i) => 10 - (i % 11));
  submit('consultant');
  submit('reviewer');
};
const toConversation = () => {
  bothSubmitted();
  ok(call('reveal', { auditId }));
};

const dump = (): string => dumpDatabase(backend.db);

const open = () => openQuietBackend(file);

beforeEach(() => {
  let content: TemplateContent;
  ({ backend, dir, file, auditId, content } = createTestAudit('conversation', 'CV-2026-9'));
  items = allItems(content);
  principles = content.principles.map((p) => p.key);
});

afterEach(() => {
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the reveal', () => {
  it('happens only once both have submitted, and only then are both perspectives readable', () => {
    expect(fail(call('reveal', { auditId })).code).toBe('invalid_transition');
    scoreAll('consultant', () => 6);
    submit('consultant');
    expect(status()).toBe('scoring');
    expect(fail(call('reveal', { auditId }))).toMatchObject({
      code: 'invalid_transition',
      params: { from: 'scoring' },
    });
    expect(fail(call('getRevealed', { auditId })).code).toBe('not_revealed');
    scoreAll('reviewer', () => 8);
    submit('reviewer');
    expect(status()).toBe('ready');
    expect(fail(call('getRevealed', { auditId })).code).toBe('not_revealed');
    const before = dump();
    expect(fail(call('saveNote', { auditId, scope: 'audit', column: 'strengths', text: 'te vroeg' })).code).toBe(
      'invalid_transition',
    );
    expect(dump()).toBe(before);

    ok(call('reveal', { auditId }));
    expect(status()).toBe('conversation');
    const r = revealed();
    expect(r.ratings.consultant).toHaveLength(items.length);
    expect(r.ratings.reviewer.every((x) => x.score === 8)).toBe(true);
    expect(r.revealedAt).not.toBe('');
    expect(fail(call('reveal', { auditId })).code).toBe('invalid_transition');
    // Scores are fixed once revealed: the conversation is about these numbers.
    expect(
      fail(
        call('saveRating', {
          auditId,
          rater: 'consultant',
          itemKey: items[0]!.key,
          score: 1,
          notApplicable: false,
          naReason: '',
          rationale: '',
        }),
      ).code,
    ).toBe('scores_locked');
  });
});

describe('the conversation', () => {
  beforeEach(toConversation);

  it('keeps notes per principle and for the audit, in three columns; the last text wins and survives a restart', () => {
    for (const scope of [principles[0]!, 'audit']) {
      for (const column of ['strengths', 'worries', 'next'] as const) {
        ok(call('saveNote', { auditId, scope, column, text: `${scope} ${column} eerst` }));
        ok(
          call('saveNote', {
            auditId,
            scope,
            column,
            text: `${scope} ${column}: Amai, chapeau — “netwerk” ✓\nregel 2`,
          }),
        );
      }
    }
    expect(fail(call('saveNote', { auditId, scope: 'onbekend', column: 'next', text: 'x' })).code).toBe('unknown_item');
    expect(fail(call('saveNote', { auditId, scope: 'audit', column: 'later', text: 'x' })).code).toBe(
      'invalid_arguments',
    );
    expect(fail(call('saveNote', { auditId, scope: 'audit', column: 'next', text: 'x'.repeat(20_001) })).code).toBe(
      'invalid_arguments',
    );
    backend.close();
    backend = open();
    const notes = revealed().notes;
    expect(notes).toHaveLength(6);
    expect(notes.find((n) => n.scope === 'audit' && n.column === 'worries')?.text).toBe(
      'audit worries: Amai, chapeau — “netwerk” ✓\nregel 2',
    );
  });

  it('keeps an agreed score per principle within its scale, and can clear it', () => {
    const p = principles[1]!;
    ok(call('saveAgreedScore', { auditId, principleKey: p, score: 6 }));
    ok(call('saveAgreedScore', { auditId, principleKey: p, score: 7 }));
    expect(revealed().agreedScores).toEqual([{ principleKey: p, score: 7 }]);
    expect(fail(call('saveAgreedScore', { auditId, principleKey: p, score: 11 }))).toMatchObject({
      code: 'score_out_of_range',
      params: { min: 0, max: 10 },
    });
    expect(fail(call('saveAgreedScore', { auditId, principleKey: items[0]!.key, score: 5 })).code).toBe('unknown_item');
    ok(call('saveAgreedScore', { auditId, principleKey: p, score: null }));
    expect(revealed().agreedScores).toEqual([{ principleKey: p, score: null }]);
  });

  it('adds, edits and deletes action points (what is required; who and when are optional)', () => {
    const a = ok<ActionPoint>(
      call('addAction', { auditId, what: '  Netwerkberaad plannen  ', who: 'Charlotte', due: '2026-05-01' }),
    );
    expect(a).toMatchObject({ what: 'Netwerkberaad plannen', who: 'Charlotte', due: '2026-05-01' });
    const b = ok<ActionPoint>(call('addAction', { auditId, what: 'Woord- en beeldverhaal', who: '', due: null }));
    expect(fail(call('addAction', { auditId, what: '   ', who: '', due: null })).code).toBe('invalid_arguments');
    expect(fail(call('addAction', { auditId, what: 'x', who: '', due: '2026-02-30' })).code).toBe('invalid_arguments');
    const edited = ok<ActionPoint>(
      call('updateAction', { id: b.id, what: 'Woord- en beeldverhaal met mama', who: 'Rik', due: '2026-06-15' }),
    );
    expect(edited).toMatchObject({ id: b.id, what: 'Woord- en beeldverhaal met mama', who: 'Rik', due: '2026-06-15' });
    ok(call('deleteAction', { id: a.id }));
    expect(fail(call('deleteAction', { id: a.id })).code).toBe('not_found');
    expect(revealed().actions.map((x) => x.what)).toEqual(['Woord- en beeldverhaal met mama']);
  });

  it('completes only when both have signed off', () => {
    expect(fail(call('signOff', { auditId, rater: 'consultant', name: '   ' })).code).toBe('invalid_arguments');
    ok(call('signOff', { auditId, rater: 'consultant', name: 'Charlotte Consulent' }));
    expect(status()).toBe('conversation');
    ok(call('signOff', { auditId, rater: 'reviewer', name: 'Rik Reviewer' }));
    expect(status()).toBe('completed');
    expect(revealed().signOffs.map((s) => [s.rater, s.name])).toEqual([
      ['consultant', 'Charlotte Consulent'],
      ['reviewer', 'Rik Reviewer'],
    ]);
  });

  it('withdraws a signature when the conversation changes after it, but not for a save that changes nothing', () => {
    ok(call('saveNote', { auditId, scope: 'audit', column: 'next', text: 'Netwerkberaad' }));
    ok(call('saveAgreedScore', { auditId, principleKey: principles[0]!, score: 6 }));
    const action = ok<ActionPoint>(call('addAction', { auditId, what: 'Bellen', who: '', due: null }));
    ok(call('signOff', { auditId, rater: 'consultant', name: 'Charlotte Consulent' }));
    ok(call('saveNote', { auditId, scope: 'audit', column: 'next', text: 'Netwerkberaad' }));
    ok(call('saveNote', { auditId, scope: 'audit', column: 'worries', text: '' }));
    ok(call('saveAgreedScore', { auditId, principleKey: principles[0]!, score: 6 }));
    ok(call('updateAction', { id: action.id, what: 'Bellen', who: '', due: null }));
    expect(revealed().signOffs.map((s) => s.rater)).toEqual(['consultant']);

    ok(call('saveNote', { auditId, scope: 'audit', column: 'next', text: 'Netwerkberaad vóór de zomer' }));
    expect(revealed().signOffs).toEqual([]);
    for (const change of [
      () => ok(call('saveAgreedScore', { auditId, principleKey: principles[0]!, score: 7 })),
      () => ok(call('addAction', { auditId, what: 'Nog iets', who: '', due: null })),
      () => ok(call('updateAction', { id: action.id, what: 'Bellen', who: 'Rik', due: null })),
      () => ok(call('deleteAction', { id: action.id })),
    ]) {
      ok(call('signOff', { auditId, rater: 'reviewer', name: 'Rik Reviewer' }));
      change();
      expect(revealed().signOffs).toEqual([]);
    }
    expect(status()).toBe('conversation');
  });
});

describe('after both signed off', () => {
  let actionId = 0;
  beforeEach(() => {
    toConversation();
    ok(call('saveNote', { auditId, scope: principles[0]!, column: 'strengths', text: 'Sterk netwerk' }));
    ok(call('saveAgreedScore', { auditId, principleKey: principles[0]!, score: 7 }));
    actionId = ok<ActionPoint>(call('addAction', { auditId, what: 'Netwerkberaad', who: 'Charlotte', due: null })).id;
    ok(call('signOff', { auditId, rater: 'consultant', name: 'Charlotte Consulent' }));
    ok(call('signOff', { auditId, rater: 'reviewer', name: 'Rik Reviewer' }));
  });

  it('refuses every write through the API with audit_locked and leaves the database unchanged', () => {
    const before = dump();
    const writes: [string, unknown][] = [
      ['saveNote', { auditId, scope: principles[0]!, column: 'strengths', text: 'achteraf' }],
      ['saveNote', { auditId, scope: 'audit', column: 'next', text: 'nieuw' }],
      ['saveNote', { auditId, scope: principles[0]!, column: 'strengths', text: 'Sterk netwerk' }], // even one that changes nothing
      ['saveAgreedScore', { auditId, principleKey: principles[0]!, score: 3 }],
      ['saveAgreedScore', { auditId, principleKey: principles[1]!, score: null }],
      ['addAction', { auditId, what: 'later', who: '', due: null }],
      ['updateAction', { id: actionId, what: 'anders', who: '', due: null }],
      ['deleteAction', { id: actionId }],
      ['signOff', { auditId, rater: 'consultant', name: 'Charlotte Consulent' }],
      [
        'saveRating',
        {
          auditId,
          rater: 'consultant',
          itemKey: items[0]!.key,
          score: 2,
          notApplicable: false,
          naReason: '',
          rationale: '',
        },
      ],
      ['submitRatings', { auditId, rater: 'consultant', confirmGaps: true }],
      ['reopenSubmission', { auditId, rater: 'reviewer' }],
      ['reveal', { auditId }],
    ];
    for (const [op, args] of writes) expect(fail(call(op, args)).code, op).toBe('audit_locked');
    expect(dump()).toBe(before);
    expect(status()).toBe('completed');
  });

  it('is read-only in the database itself too (triggers), not only in the handlers', () => {
    const db = backend.db;
    const before = dump();
    const attempts = [
      () => db.prepare('UPDATE notes SET text = ? WHERE audit_id = ?').run('stiekem', auditId),
      () =>
        db
          .prepare("INSERT INTO notes (audit_id, scope, col, text, updated_at) VALUES (?, 'audit', 'next', 'x', 'now')")
          .run(auditId),
      () => db.prepare('DELETE FROM notes WHERE audit_id = ?').run(auditId),
      () => db.prepare('UPDATE agreed_scores SET score = 1 WHERE audit_id = ?').run(auditId),
      () => db.prepare('UPDATE actions SET what = ? WHERE id = ?').run('stiekem', actionId),
      () => db.prepare('DELETE FROM actions WHERE id = ?').run(actionId),
      () => db.prepare('UPDATE ratings SET score = 0 WHERE audit_id = ?').run(auditId),
      () => db.prepare('UPDATE audits SET audit_date = ? WHERE id = ?').run('2020-01-01', auditId),
      () =>
        db
          .prepare("INSERT INTO sign_offs (audit_id, rater, name, signed_at) VALUES (?, 'consultant', 'x', 'now')")
          .run(auditId),
      // Migration 3: the remaining paths.
      () => db.prepare('DELETE FROM agreed_scores WHERE audit_id = ?').run(auditId),
      () => db.prepare('UPDATE sign_offs SET name = ? WHERE audit_id = ?').run('iemand anders', auditId),
      () => db.prepare('DELETE FROM sign_offs WHERE audit_id = ?').run(auditId),
      () => db.prepare("UPDATE audits SET status = 'conversation', updated_at = 'now' WHERE id = ?").run(auditId), // no recorded reopening
    ];
    for (const attempt of attempts) expect(attempt).toThrow(/audit_locked|scores_locked/);
    expect(dump()).toBe(before);
  });

  it('reopens only as an explicit, recorded step: who, why and a snapshot of what was signed', () => {
    expect(fail(call('reopenAudit', { auditId, byName: 'Rik Reviewer', reason: '  ' })).code).toBe('invalid_arguments');
    const signedBefore = revealed();
    // A reason may be longer than a name (it was capped at 120 characters by mistake).
    const reason =
      `Het veiligheidsplan is na de audit nog aangepast met de grootmoeder; ${'we schrijven dat er graag bij. '.repeat(5)}`.trim();
    expect(reason.length).toBeGreaterThan(120);
    ok(call('reopenAudit', { auditId, byName: 'Rik Reviewer', reason }));
    expect(status()).toBe('conversation');
    const after = revealed();
    expect(after.signOffs).toEqual([]);
    expect(after.reopenings).toEqual([{ byName: 'Rik Reviewer', reason, reopenedAt: expect.any(String) }]);
    expect(after.notes).toEqual(signedBefore.notes);

    const row = backend.db
      .prepare('SELECT signed_snapshot FROM reopenings WHERE audit_id = ?')
      .pluck()
      .get(auditId) as string;
    const snapshot = JSON.parse(row) as Revealed & { audit: { status: string } };
    expect(snapshot.audit.status).toBe('completed');
    expect(snapshot.signOffs.map((s) => s.name)).toEqual(['Charlotte Consulent', 'Rik Reviewer']);
    expect(snapshot.notes.map((n) => n.text)).toEqual(['Sterk netwerk']);
    expect(snapshot.agreedScores).toEqual([{ principleKey: principles[0]!, score: 7 }]);

    // Editable again, and a second round of signatures completes it again.
    ok(call('saveNote', { auditId, scope: 'audit', column: 'next', text: 'Veiligheidsplan bijgewerkt' }));
    expect(fail(call('reopenAudit', { auditId, byName: 'Rik Reviewer', reason: 'nog eens' })).code).toBe(
      'invalid_transition',
    );
    ok(call('signOff', { auditId, rater: 'reviewer', name: 'Rik Reviewer' }));
    ok(call('signOff', { auditId, rater: 'consultant', name: 'Charlotte Consulent' }));
    expect(status()).toBe('completed');
    ok(call('reopenAudit', { auditId, byName: 'Charlotte Consulent', reason: 'Tikfout in de volgende stappen' }));
    expect(revealed().reopenings.map((r) => r.byName)).toEqual(['Rik Reviewer', 'Charlotte Consulent']);

    // The reopening history is append-only in the database, and is written only for a completed audit.
    const db = backend.db;
    const before = dump();
    expect(() => db.prepare('UPDATE reopenings SET reason = ? WHERE audit_id = ?').run('herschreven', auditId)).toThrow(
      /audit_locked/,
    );
    expect(() => db.prepare('DELETE FROM reopenings WHERE audit_id = ?').run(auditId)).toThrow(/audit_locked/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO reopenings (audit_id, by_name, reason, signed_snapshot, reopened_at) VALUES (?, 'x', 'y', '{}', 'now')",
        )
        .run(auditId),
    ).toThrow(/invalid_transition/);
    expect(dump()).toBe(before);
  });
});
