/**
 * THE LEAK TEST. The consultant scores every item with marked text; then the reviewer calls every API operation
 * (before and after the consultant submits) and nothing of the consultant's answers may come back. Only after both
 * submitted and the explicit reveal does getRevealed return them, which proves the markers would be found.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../db/backend';
import type { ApiResult } from '../../shared/api/errors';
import { OPERATION_NAMES, type OperationName } from '../../shared/api/operations';
import type { AuditStatus } from '../../shared/domain/model';
import { shownStatus } from '../../shared/domain/scoring';
import { allItems, type TemplateContent } from '../../shared/domain/template';
import { ok } from '../support/results';

interface Ctx {
  auditId: number;
  caseFileId: number;
  templateId: number;
  consultantId: number;
  reviewerId: number;
  backupId: string;
  reviewerItemKey: string;
}

/** The reviewer's personal seat code, set during the sweeps and kept by their restores. */
const REVIEWER_CODE = 'rik-eigen-code';

/**
 * Valid arguments for every operation, as the reviewer would send them. Valid means: accepted by the contract's
 * schema; the handler may still refuse (e.g. reveal before both submitted), and the refusal is checked as well.
 */
const REVIEWER_CALLS: Record<OperationName, (c: Ctx) => unknown> = {
  listPeople: () => ({}),
  createPerson: () => ({ name: 'Nieuwe Collega', role: 'consulent' }),
  listCaseFiles: () => ({}),
  createCaseFile: () => ({ dossierCode: `LEAK-${Math.floor(Math.random() * 1e9)}`, service: 'SDJ' }),
  getCaseFile: (c) => ({ id: c.caseFileId }),
  listTemplates: () => ({}),
  getTemplate: (c) => ({ id: c.templateId }),
  listAudits: () => ({}),
  createAudit: (c) => ({ caseFileId: c.caseFileId, consultantId: c.consultantId, reviewerId: c.reviewerId }),
  getAudit: (c) => ({ id: c.auditId }),
  startScoring: (c) => ({ auditId: c.auditId, rater: 'reviewer' }),
  saveRating: (c) => ({
    auditId: c.auditId,
    rater: 'reviewer',
    itemKey: c.reviewerItemKey,
    score: 4,
    notApplicable: false,
    naReason: '',
    rationale: 'reviewer-own',
  }),
  submitRatings: (c) => ({ auditId: c.auditId, rater: 'reviewer', confirmGaps: false }),
  reopenSubmission: (c) => ({ auditId: c.auditId, rater: 'reviewer' }),
  reveal: (c) => ({ auditId: c.auditId }),
  getRevealed: (c) => ({ auditId: c.auditId }),
  saveNote: (c) => ({ auditId: c.auditId, scope: 'audit', column: 'strengths', text: 'notitie' }),
  saveAgreedScore: (c) => ({ auditId: c.auditId, principleKey: 'basishouding', score: 5 }),
  addAction: (c) => ({ auditId: c.auditId, what: 'iets doen', who: 'ik', due: null }),
  updateAction: () => ({ id: 1, what: 'iets anders', who: 'jij', due: null }),
  deleteAction: () => ({ id: 1 }),
  signOff: (c) => ({ auditId: c.auditId, rater: 'reviewer', name: 'Rik Reviewer' }),
  reopenAudit: (c) => ({ auditId: c.auditId, byName: 'Rik Reviewer', reason: 'nog iets' }),
  getStartupState: () => ({}),
  listBackups: () => ({}),
  createBackup: () => ({}),
  restoreBackup: (c) => ({ id: c.backupId }),
  exportDatabase: () => ({}),
  moveAsideAndStartFresh: () => ({}),
  // Statuses, signer names and times per audit (what listAudits and the signed record show anyway), no scores.
  previewRestore: (c) => ({ id: c.backupId }),
  listRestoreHistory: () => ({}),
  // Tells per seat only whether it is protected by a personal code (never by whom or when it was set).
  getSeats: (c) => ({ auditId: c.auditId }),
  // The reviewer protects their own seat; the code stays on through the sweep's restore (a restore keeps codes).
  setSeatCode: (c) => ({
    auditId: c.auditId,
    rater: 'reviewer',
    code: REVIEWER_CODE,
    currentCode: REVIEWER_CODE,
  }),
  // The home list's page: per audit its dossier, date, the two people's names, status and both "submitted" flags
  // (what listAudits shows anyway), no template, no answers, no timestamps that move when someone scores.
  listAuditPage: () => ({ limit: 5 }),
  // Corrections answer the corrected case file, the audit summary with its case file, or the person: no answers.
  correctCaseFile: (c) => ({ id: c.caseFileId, dossierCode: 'BLIND-2026-001', service: 'OCJ', region: 'Gent' }),
  correctAudit: (c) => ({
    auditId: c.auditId,
    consultantId: c.consultantId,
    reviewerId: c.reviewerId,
    auditDate: '2026-03-15',
  }),
  correctPersonName: (c) => ({ id: c.reviewerId, name: 'Rik Reviewer' }),
  // Erasing is swept with ids that do not exist (refused: not_found), so the sweep keeps its audit.
  eraseAudit: () => ({ auditId: 999_999, confirmCompleted: true }),
  eraseCaseFile: () => ({ id: 999_999 }),
  erasePerson: () => ({ id: 999_999 }),
  // Which backups hold an audit: their names and sizes only.
  listBackupsHolding: (c) => ({
    target: { kind: 'audit', audits: [{ id: c.auditId, createdAt: 'x' }], caseFile: null, person: null },
  }),
  listPeopleWithoutAudit: () => ({}),
  purgeBackups: (c) => ({
    target: { kind: 'audit', audits: [{ id: 999_999, createdAt: 'x' }], caseFile: null, person: null },
    ids: [c.backupId],
    how: 'purge',
  }),
  // The retention period and how many audits are past it: no content at all.
  getRetention: () => ({}),
  setRetention: () => ({ months: 60 }),
  // The audits past the period: the home list's items (no scores), refused or empty while none are due.
  listRetentionDue: () => ({ limit: 5 }),
  keepAudit: (c) => ({ auditId: c.auditId }),
  // Only a completed audit goes to the archive; the answer is the audit summary.
  archiveAudit: (c) => ({ auditId: c.auditId }),
  unarchiveAudit: (c) => ({ auditId: c.auditId }),
  // The key: refused outside recovery; the notice flag; the recovery code (the key of the whole file, never scores).
  unlockDataFile: () => ({ kind: 'code', secret: '0'.repeat(64) }),
  acknowledgeKeyNotice: () => ({}),
  getRecoveryCode: () => ({}),
  // A matrix file holds no audit data: the import answers the new template's reference, the export the matrix only.
  importMatrix: () => ({ fileName: 'leeg.json', data: '' }),
  exportMatrix: () => ({ id: 1, format: 'json' }),
  // Plain backups from before encryption: a count, and how many were encrypted or removed (names only).
  getBackupEncryption: () => ({}),
  encryptPlainBackups: () => ({}),
  removePlainBackups: () => ({}),
  // A matrix edited in the app holds no audit data: the answer is the new template's reference (here refused).
  saveMatrixVersion: () => ({ content: {} }),
  // Choosing a matrix: which matrix and whether it is retired or the default; nothing of any audit.
  getDefaultTemplate: () => ({}),
  setDefaultTemplate: (c) => ({ id: c.templateId }),
  retireTemplate: (c) => ({ id: c.templateId }),
  unretireTemplate: (c) => ({ id: c.templateId }),
  // Breadth: safety-plan steps of the case file and counts over case files; nothing of any rater's scores.
  getCaseFileSteps: (c) => ({ caseFileId: c.caseFileId }),
  setCaseFileStep: (c) => ({ caseFileId: c.caseFileId, step: 'network_meetings', state: 'not_yet', happenedOn: null }),
  getBreadthDashboard: () => ({ scope: { kind: 'all' }, from: '2025-Q1', to: '2025-Q4' }),
  listBreadthCaseFiles: () => ({ scope: { kind: 'all' } }),
  getBreadthOptions: () => ({}),
  // The team view counts completed audits only (and at least MIN_GROUP of them): an audit being scored is in no figure.
  getTeamView: () => ({
    from: '2000-01-01',
    to: '2100-12-31',
    matrix: 'sofs-cca-default',
    service: null,
    region: null,
    team: null,
  }),
  // Matrices, services, regions and teams of completed audits only.
  getTeamViewOptions: () => ({}),
  // Follow-up of action points: only for a completed audit (refused before); the answer is the action's states
  // and notes, no ratings. An action id that does not exist is refused with not_found.
  recordFollowUp: () => ({ actionId: 999_999, state: 'done', note: '' }),
  listFollowUps: (c) => ({ auditId: c.auditId }),
};

/**
 * exportDatabase hands over a byte copy of the whole data file (a backup the user saves), by design
 * (docs/decisions/0006-backups-and-recovery.md; ADR 0002's caveat: one shared laptop, no login). Its JSON carries the
 * file as base64, checked like every other answer; the decoded file is outside the blindness guarantee.
 */
const WHOLE_FILE_COPY = new Set<OperationName>(['exportDatabase']);

let backend: Backend;
let dir = '';
let ctx: Ctx;
let items: ReturnType<typeof allItems> = [];
/** Every score the consultant gave, by item key, and every distinctive text. */
const consultantScores = new Map<string, number | null>();
const MARK = 'LEAKMARK-';
const NAMARK = 'NAMARK-';

/** Every object in a value that looks like a rating (has an itemKey). */
function ratingsIn(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) value.forEach((v) => ratingsIn(v, found));
  else if (value && typeof value === 'object') {
    if ('itemKey' in value) found.push(value as Record<string, unknown>);
    Object.values(value).forEach((v) => ratingsIn(v, found));
  }
  return found;
}

const SUMMARY_KEYS = [
  'id',
  'caseFile',
  'consultant',
  'reviewer',
  'template',
  'status',
  'auditDate',
  'consultantSubmitted',
  'reviewerSubmitted',
  'createdAt',
  'updatedAt',
  // Chosen when the audit is made, by both together: says nothing about anyone's answers.
  'reviewerRole',
  // When a completed audit went to the archive (ADR 0012): a time, nothing of anyone's answers.
  'archivedAt',
].sort();

function assertNothingLeaks(op: OperationName, result: ApiResult<unknown>, consultantSubmitted: boolean) {
  const json = JSON.stringify(result);
  expect(json, `${op} leaks a rationale`).not.toContain(MARK);
  expect(json, `${op} leaks an N/A reason`).not.toContain(NAMARK);
  expect(json, `${op} leaks a consultant rating field`).not.toMatch(
    /"consultant(Ratings|Scores|Answers)"|"ratings"\s*:\s*\{\s*"consultant"/,
  );
  // Any rating-shaped object must be one of the reviewer's own (there is no other source of ratings here).
  for (const r of ratingsIn(result)) {
    expect(String(r.rationale ?? ''), `${op} returns a rating that is not the reviewer's`).toBe('reviewer-own');
  }
  if (!result.ok) return;
  const audits =
    op === 'listAudits'
      ? (result.value as unknown[])
      : [
            'getAudit',
            'createAudit',
            'submitRatings',
            'reopenSubmission',
            'reveal',
            'signOff',
            'reopenAudit',
            'correctAudit',
            'archiveAudit',
            'unarchiveAudit',
          ].includes(op)
        ? [result.value]
        : [];
  for (const a of audits as Record<string, unknown>[]) {
    const keys = Object.keys(a)
      .filter((k) => k !== 'caseFileDetail')
      .sort();
    expect(keys, `${op} exposes exactly the audit summary`).toEqual(SUMMARY_KEYS);
    if (a.id === ctx.auditId) expect(a.consultantSubmitted).toBe(consultantSubmitted);
  }
  if (op === 'listAuditPage' || op === 'listRetentionDue') {
    for (const a of (result.value as { items: Record<string, unknown>[] }).items) {
      expect(Object.keys(a).sort(), 'listAuditPage exposes exactly the list item').toEqual(LIST_ITEM_KEYS);
      if (a.id === ctx.auditId) expect(a.consultantSubmitted).toBe(consultantSubmitted);
    }
  }
}

const LIST_ITEM_KEYS = [
  'id',
  'dossierCode',
  'service',
  'auditDate',
  'status',
  'consultant',
  'reviewer',
  'consultantSubmitted',
  'reviewerSubmitted',
  // Whether a completed audit is in the archive (ADR 0012).
  'archived',
].sort();

/** Calls every operation as the reviewer and checks every answer. Returns which ops were called. */
function reviewerSweep(consultantSubmitted: boolean): OperationName[] {
  ctx.backupId = ok<{ id: string }>(backend.dispatch('createBackup', {})).id;
  const called: OperationName[] = [];
  for (const op of OPERATION_NAMES) {
    const argsFor = REVIEWER_CALLS[op];
    expect(argsFor, `no reviewer call for operation ${op}: add it to REVIEWER_CALLS`).toBeTypeOf('function');
    const result = backend.dispatch(op, argsFor(ctx));
    // Valid arguments: the schema must accept them (a refusal must come from the domain rules).
    if (!result.ok) expect(result.error.code, `${op} args rejected by validation`).not.toBe('invalid_arguments');
    assertNothingLeaks(op, result, consultantSubmitted);
    if (WHOLE_FILE_COPY.has(op) && result.ok) {
      expect((result.value as { base64: string }).base64.length).toBeGreaterThan(1000);
    }
    called.push(op);
  }
  return called;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-blind-'));
  backend = openBackend(path.join(dir, 'casusaudit.sqlite'), {
    backups: { intervalMinutes: 0, keep: 50 },
    log: () => {},
  });
  const consultant = ok<{ id: number }>(
    backend.dispatch('createPerson', { name: 'Charlotte Consulent', role: 'consulent' }),
  );
  const reviewer = ok<{ id: number }>(
    backend.dispatch('createPerson', { name: 'Rik Reviewer', role: 'teamverantwoordelijke' }),
  );
  const caseFile = ok<{ id: number }>(
    backend.dispatch('createCaseFile', { dossierCode: 'BLIND-2026-001', service: 'OCJ' }),
  );
  const audit = ok<{ id: number; template: { id: number }; status: string }>(
    backend.dispatch('createAudit', { caseFileId: caseFile.id, consultantId: consultant.id, reviewerId: reviewer.id }),
  );
  expect(audit.status).toBe('created');
  const template = ok<{ content: TemplateContent }>(backend.dispatch('getTemplate', { id: audit.template.id }));
  items = allItems(template.content);
  ctx = {
    auditId: audit.id,
    caseFileId: caseFile.id,
    templateId: audit.template.id,
    consultantId: consultant.id,
    reviewerId: reviewer.id,
    backupId: '',
    reviewerItemKey: items[0]!.key,
  };

  ok(backend.dispatch('startScoring', { auditId: ctx.auditId, rater: 'consultant' }));
  items.forEach((item, i) => {
    const na = item.allowNotApplicable && i % 2 === 0;
    // Unusual scores: the extremes and odd values, not the middle.
    const score = na ? null : [0, 10, 1, 9, 7, 3][i % 6]!;
    consultantScores.set(item.key, score);
    ok(
      backend.dispatch('saveRating', {
        auditId: ctx.auditId,
        rater: 'consultant',
        itemKey: item.key,
        score,
        notApplicable: na,
        naReason: na ? `${NAMARK}${item.key}` : '',
        rationale: `${MARK}${item.key} ëé 🙂`,
      }),
    );
  });
  // The consultant sees their own answers, so the markers are really stored.
  const own = ok<{ ratings: { itemKey: string; rationale: string }[] }>(
    backend.dispatch('startScoring', { auditId: ctx.auditId, rater: 'consultant' }),
  );
  expect(own.ratings).toHaveLength(items.length);
  expect(JSON.stringify(own)).toContain(`${MARK}${items[0]!.key}`);
  expect(JSON.stringify(own)).toContain(NAMARK);
});

afterAll(() => {
  backend?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('blind scoring: the reviewer sees nothing of the consultant', () => {
  it('has a reviewer call for every operation (new operations must be added)', () => {
    for (const op of OPERATION_NAMES) expect(Object.keys(REVIEWER_CALLS), `missing ${op}`).toContain(op);
    expect(Object.keys(REVIEWER_CALLS).sort()).toEqual([...OPERATION_NAMES].sort());
  });

  it('a rating save does not move the audit’s timestamps (they would tell when the other rater last scored)', () => {
    const before = ok<{ updatedAt: string }>(backend.dispatch('getAudit', { id: ctx.auditId }));
    const listed = () =>
      ok<{ id: number; updatedAt: string }[]>(backend.dispatch('listAudits', {})).find((a) => a.id === ctx.auditId)!;
    const listedBefore = listed();
    const item = items[1]!;
    const later = Date.now() + 5;
    while (Date.now() < later); // so that a touched timestamp would differ
    ok(
      backend.dispatch('saveRating', {
        auditId: ctx.auditId,
        rater: 'consultant',
        itemKey: item.key,
        score: consultantScores.get(item.key) ?? null,
        notApplicable: consultantScores.get(item.key) === null,
        naReason: consultantScores.get(item.key) === null ? `${NAMARK}${item.key}` : '',
        rationale: `${MARK}${item.key} ëé 🙂`,
      }),
    );
    expect(ok<{ updatedAt: string }>(backend.dispatch('getAudit', { id: ctx.auditId }))).toEqual(before);
    expect(listed()).toEqual(listedBefore);
  });

  it('before the consultant submits: every operation, nothing leaks', () => {
    const called = reviewerSweep(false);
    expect(called).toEqual([...OPERATION_NAMES]);
    expect(ok<{ status: string }>(backend.dispatch('getAudit', { id: ctx.auditId })).status).toBe('scoring');
  });

  it('after the consultant submits: every operation, nothing leaks', () => {
    const s = ok<{ consultantSubmitted: boolean; status: string }>(
      backend.dispatch('submitRatings', { auditId: ctx.auditId, rater: 'consultant', confirmGaps: false }),
    );
    expect(s.consultantSubmitted).toBe(true);
    expect(s.status).toBe('scoring');
    reviewerSweep(true);
    // Twice: the first sweep's own changes (a new person, a reviewer rating, a restore) must not open a path.
    reviewerSweep(true);
    const refused = backend.dispatch('getRevealed', { auditId: ctx.auditId });
    expect(refused.ok ? null : refused.error.code).toBe('not_revealed');
  });

  it('the markers are there to be found: after both submit and reveal, getRevealed returns them all', () => {
    for (const item of items) {
      ok(
        backend.dispatch('saveRating', {
          auditId: ctx.auditId,
          rater: 'reviewer',
          itemKey: item.key,
          score: 5,
          notApplicable: false,
          naReason: '',
          rationale: 'reviewer-own',
          code: REVIEWER_CODE,
        }),
      );
    }
    const ready = ok<{ status: string }>(
      backend.dispatch('submitRatings', {
        auditId: ctx.auditId,
        rater: 'reviewer',
        confirmGaps: false,
        code: REVIEWER_CODE,
      }),
    );
    expect(ready.status).toBe('ready');
    // Still blind while ready (not yet revealed).
    for (const op of ['getAudit', 'listAudits', 'startScoring', 'getRevealed'] as const) {
      assertNothingLeaks(op, backend.dispatch(op, REVIEWER_CALLS[op](ctx)), true);
    }
    expect(ok<{ status: string }>(backend.dispatch('reveal', { auditId: ctx.auditId })).status).toBe('conversation');
    const revealed = backend.dispatch('getRevealed', { auditId: ctx.auditId });
    const json = JSON.stringify(revealed);
    for (const item of items) expect(json).toContain(`${MARK}${item.key}`);
    expect(json).toContain(NAMARK);
    const value = ok<{ ratings: { consultant: { itemKey: string; score: number | null; rationale: string }[] } }>(
      revealed,
    );
    expect(value.ratings.consultant).toHaveLength(items.length);
    for (const r of value.ratings.consultant) expect(r.score).toBe(consultantScores.get(r.itemKey));
    // And the leak check itself fires on this answer.
    expect(() => assertNothingLeaks('getRevealed', revealed, true)).toThrow();
  });
});

/**
 * Side channels: nothing of one rater (status word, timestamp, count) changes what the other can see before the
 * reveal. The whole-file copies (backups) are the one channel left, by design: docs/decisions/0002-blind-scoring.md.
 */
describe('side channels before the reveal', () => {
  let side: Backend;
  let sideDir = '';
  let sideAudit = 0;
  let sideItems: ReturnType<typeof allItems> = [];
  // A clock that moves a minute on every reading: any timestamp written would differ from the one before.
  let tick = Date.parse('2026-03-02T09:00:00.000Z');
  const call = (op: string, args: unknown) => side.dispatch(op, args);
  const answer = (rater: 'consultant' | 'reviewer', itemKey: string, extra: Record<string, unknown> = {}) => ({
    auditId: sideAudit,
    rater,
    itemKey,
    score: 3,
    notApplicable: false,
    naReason: '',
    rationale: `${MARK}${itemKey}`,
    ...extra,
  });
  /** What either rater can see of the audit: the status as shown, both timestamps, the submitted flags. */
  const seen = () => {
    const a = ok<{ status: AuditStatus; updatedAt: string; createdAt: string; consultantSubmitted: boolean }>(
      call('getAudit', { id: sideAudit }),
    );
    const l = ok<{ id: number; status: AuditStatus; updatedAt: string }[]>(call('listAudits', {})).find(
      (x) => x.id === sideAudit,
    )!;
    const { status, caseFileDetail: _detail, ...rest } = a as typeof a & { caseFileDetail: unknown };
    return { ...rest, shown: shownStatus(status), listedShown: shownStatus(l.status), listedUpdatedAt: l.updatedAt };
  };

  beforeAll(() => {
    sideDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusaudit-side-'));
    side = openBackend(path.join(sideDir, 'casusaudit.sqlite'), {
      backups: { intervalMinutes: 0, keep: 5 },
      log: () => {},
      now: () => new Date((tick += 60_000)),
    });
    const c = ok<{ id: number }>(call('createPerson', { name: 'Noor Consulent', role: 'consulent' }));
    const r = ok<{ id: number }>(call('createPerson', { name: 'Rik Reviewer', role: 'teamverantwoordelijke' }));
    const f = ok<{ id: number }>(call('createCaseFile', { dossierCode: 'SIDE-2026-001', service: 'OCJ' }));
    const a = ok<{ id: number; template: { id: number } }>(
      call('createAudit', { caseFileId: f.id, consultantId: c.id, reviewerId: r.id }),
    );
    sideAudit = a.id;
    sideItems = allItems(ok<{ content: TemplateContent }>(call('getTemplate', { id: a.template.id })).content);
  });
  afterAll(() => {
    side?.close();
    fs.rmSync(sideDir, { recursive: true, force: true });
  });

  it('opening a seat and a first answer change nothing the other sees: status word, updatedAt', () => {
    const before = seen();
    ok(call('startScoring', { auditId: sideAudit, rater: 'consultant' }));
    expect(seen(), 'after opening the seat').toEqual(before);
    ok(call('saveRating', answer('consultant', sideItems[0]!.key)));
    expect(seen(), 'after the first answer').toEqual(before);
    ok(call('saveRating', answer('consultant', sideItems[1]!.key)));
    expect(seen(), 'after a later answer').toEqual(before);
  });

  it('reopening a submission changes only the submitted flag, not the status word nor updatedAt', () => {
    for (const item of sideItems) ok(call('saveRating', answer('consultant', item.key)));
    ok(call('submitRatings', { auditId: sideAudit, rater: 'consultant', confirmGaps: false }));
    const submitted = seen();
    expect(submitted.consultantSubmitted).toBe(true);
    ok(call('reopenSubmission', { auditId: sideAudit, rater: 'consultant' }));
    expect(seen()).toEqual({ ...submitted, consultantSubmitted: false });
  });

  it('submitRatings for a protected seat, without its code, tells nothing of its answers (no count)', () => {
    // The consultant (seat reopened above, all answered but one cleared) protects the seat with a code.
    ok(call('saveRating', answer('consultant', sideItems[2]!.key, { score: null })));
    call('setSeatCode', { auditId: sideAudit, rater: 'consultant', code: 'noor-4821' });
    for (const code of [undefined, 'raden-1234']) {
      const r = call('submitRatings', {
        auditId: sideAudit,
        rater: 'consultant',
        confirmGaps: false,
        ...(code === undefined ? {} : { code }),
      });
      expect(JSON.stringify(r)).not.toMatch(/count|unanswered/);
      expect(r.ok ? null : r.error.params, 'no parameter of a refusal may depend on the seat').toBeUndefined();
      expect(r.ok ? null : r.error.code).toBe(code === undefined ? 'seat_code_required' : 'seat_code_wrong');
    }
    const opened = call('startScoring', { auditId: sideAudit, rater: 'consultant' });
    expect(JSON.stringify(opened)).not.toContain(MARK);
    expect(ok<{ consultantSubmitted: boolean }>(call('getAudit', { id: sideAudit })).consultantSubmitted).toBe(false);
    // Its rater, with the code, gets the count as before.
    const own = call('submitRatings', {
      auditId: sideAudit,
      rater: 'consultant',
      confirmGaps: false,
      code: 'noor-4821',
    });
    expect(own.ok ? null : own.error).toEqual({ code: 'unanswered_items', params: { count: 1 } });
  });
});
