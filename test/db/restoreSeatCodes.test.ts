/**
 * A restore never silently opens a protected seat: the seat codes of the file being replaced go to the same
 * audits in the restored file while those still score apart; an audit that is further along in the backup
 * keeps what the backup has, and the restore goes through.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import { allItems } from '../../shared/domain/template';
import { fail, ok } from '../support/results';
import { createTestAudit, type TestAudit } from '../support/testAudit';

const CODE = 'Zebra-7731';
let t: TestAudit | undefined;
afterEach(() => {
  if (!t) return;
  t.backend.close();
  fs.rmSync(t.dir, { recursive: true, force: true });
  t = undefined;
});

const caller = (backend: Backend) => (op: string, args: unknown) => backend.dispatch(op, args);

function scoredByConsultant() {
  t = createTestAudit('restore-seatcodes', 'SEAT-HERSTEL-1');
  const call = caller(t.backend);
  const auditId = t.auditId;
  const item = allItems(t.content)[0]!;
  const rate = (rater: string, rationale: string) =>
    ok(
      call('saveRating', {
        auditId,
        rater,
        itemKey: item.key,
        score: 6,
        notApplicable: false,
        naReason: '',
        rationale,
      }),
    );
  rate('consultant', 'geheim');
  const restore = (id: string) => {
    const preview = ok<{ audits: unknown[]; confirmation: string | null }>(call('previewRestore', { id }));
    return { preview, result: call('restoreBackup', { id }) };
  };
  return { call, auditId, rate, restore, backup: () => ok<{ id: string }>(call('createBackup', {})).id };
}

describe('seat codes across a restore', () => {
  it('keeps a code set after the backup was made: the seat stays closed without it and opens with it', () => {
    const { call, auditId, restore, backup } = scoredByConsultant();
    const before = backup();
    ok(call('setSeatCode', { auditId, rater: 'consultant', code: CODE }));
    expect(fail(call('startScoring', { auditId, rater: 'consultant' }))).toEqual({ code: 'seat_code_required' });

    const { preview, result } = restore(before);
    expect(preview).toMatchObject({ audits: [], confirmation: null });
    ok(result);

    expect(fail(call('startScoring', { auditId, rater: 'consultant' }))).toEqual({ code: 'seat_code_required' });
    const session = ok<{ ratings: { rationale: string }[] }>(
      call('startScoring', { auditId, rater: 'consultant', code: CODE }),
    );
    expect(session.ratings[0]!.rationale).toBe('geheim');
  });

  it('carries nothing to an audit that is already ready in the backup, and the restore goes through', () => {
    const { call, auditId, rate, restore, backup } = scoredByConsultant();
    const scoring = backup();
    rate('reviewer', 'ook geheim');
    for (const rater of ['consultant', 'reviewer']) ok(call('submitRatings', { auditId, rater, confirmGaps: true }));
    const ready = backup();
    ok(restore(scoring).result);
    ok(call('setSeatCode', { auditId, rater: 'consultant', code: CODE }));

    ok(restore(ready).result);
    expect(ok<{ status: string }>(call('getAudit', { id: auditId })).status).toBe('ready');
    const codes = t!.backend.db.prepare('SELECT count(*) FROM seat_codes').pluck().get();
    expect(codes).toBe(0);
  });
});
