/** An audit with one marker in every text field the API takes (for tests that look for text in raw bytes). */
import { expect } from 'vitest';
import type { AuditDetail } from '../../shared/domain/model';
import { allItems, type TemplateContent } from '../../shared/domain/template';
import type { ApiResult } from '../../shared/api/errors';
import { ok } from './results';

type Call = (op: string, args: unknown) => ApiResult<unknown>;

/**
 * Fills every text field with `marker`: a person's name, the case file (code, region, people, ages, factors), the
 * reviewer's role, a seat code, rationales, notes in three columns, actions, signatures, a reopening's reason.
 */
export function fillWithMarker(call: Call, auditId: number, content: TemplateContent, marker: string): void {
  ok(call('createPerson', { name: `Persoon ${marker}`, role: 'consulent' }));
  const a = ok<AuditDetail>(call('getAudit', { id: auditId }));
  ok(
    call('correctCaseFile', {
      id: a.caseFile.id,
      dossierCode: `${marker}-1`,
      service: 'OCJ',
      region: `regio ${marker}`,
      peopleInvolved: `mensen ${marker}`,
      minorAges: `leeftijden ${marker}`,
      complicatingFactors: `factoren ${marker}`,
    }),
  );
  ok(
    call('correctAudit', {
      auditId,
      consultantId: a.consultant.id,
      reviewerId: a.reviewer.id,
      auditDate: a.auditDate,
      reviewerRole: `rol ${marker}`,
    }),
  );
  const code = { code: `code-${marker}` };
  ok(call('setSeatCode', { auditId, rater: 'consultant', ...code }));
  for (const rater of ['consultant', 'reviewer'] as const) {
    const seat = rater === 'consultant' ? code : {};
    const na = allItems(content).find((it) => it.allowNotApplicable)?.key;
    allItems(content).forEach((it, i) =>
      ok(
        call('saveRating', {
          auditId,
          rater,
          itemKey: it.key,
          score: it.key === na ? null : 5,
          notApplicable: it.key === na,
          naReason: it.key === na ? `nvt ${marker}` : '',
          rationale: i === 0 ? `${rater} ${marker} rationale` : '',
          ...seat,
        }),
      ),
    );
    ok(call('submitRatings', { auditId, rater, confirmGaps: true, ...seat }));
  }
  ok(call('reveal', { auditId }));
  const p = content.principles[0]!.key;
  for (const column of ['strengths', 'worries', 'next'] as const)
    ok(call('saveNote', { auditId, scope: p, column, text: `${column} ${marker}` }));
  ok(call('saveAgreedScore', { auditId, principleKey: p, score: 6 }));
  ok(call('addAction', { auditId, what: `actie ${marker}`, who: `wie ${marker}`, due: '2026-03-01' }));
  const sign = () => {
    ok(call('signOff', { auditId, rater: 'consultant', name: `Charlotte ${marker}` }));
    ok(call('signOff', { auditId, rater: 'reviewer', name: `Rik ${marker}` }));
  };
  sign();
  ok(call('reopenAudit', { auditId, byName: `Rik ${marker}`, reason: `reden ${marker}` }));
  sign();
  expect(ok<AuditDetail>(call('getAudit', { id: auditId })).status).toBe('completed');
}
