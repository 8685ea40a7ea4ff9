/**
 * The team view ("Leren over tijd") through the real dispatcher on a real SQLite file, with small hand-computed
 * cases: spreads (quantiles of type 7), agreed scores and both raters' means where none was agreed, quarters (with
 * their boundaries and gaps), the agreement per question, action points by their newest follow-up, and the scope.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { summarizeAgreement, type Pair } from '../../shared/domain/agreement';
import { MIN_GROUP, MIN_PAIRS_CHANCE_CORRECTED } from '../../shared/domain/teamView';
import { openTeamViewTest, type TeamViewTest } from '../support/teamViewTest';

let t: TeamViewTest;
beforeEach(() => {
  t = openTeamViewTest('team-view');
});
afterEach(() => t.close());

const B = 'basishouding';
const principle = (key = B) => t.view().principles.find((p) => p.key === key)!;

describe('spreads per principle', () => {
  it('spreads the agreed scores with quantiles of type 7 (R: quantile(c(1,2,4,7,9,10)))', () => {
    for (const score of [7, 1, 10, 4, 2, 9]) t.audit({ agreed: { [B]: score } });
    const p = principle();
    expect(p.overall).toEqual({
      values: 6,
      audits: 6,
      tooFew: false,
      min: 1,
      q1: 2.5,
      median: 5.5,
      q3: 8.5,
      max: 10,
      mean: 5.5,
    });
    expect(p.agreed).toBe(6);
    expect(p.scale).toEqual({ min: 0, max: 10 });
    expect(p.title.nl.length).toBeGreaterThan(0);
  });

  it("takes both raters' means (1 decimal, N/A and unanswered left out) where no score was agreed", () => {
    const items = t.content.principles[0]!.items.map((i) => i.key);
    const answers = (c: (number | null)[], r: (number | null)[]) =>
      Object.fromEntries(c.map((x, k) => [items[k]!, [x, r[k]!] as [number | null, number | null]]));
    t.audit({ agreed: { [B]: 6 } });
    t.audit({ agreed: { [B]: 7 } });
    t.audit({ ratings: answers([5, 6, 7, 8, 8], [4, 4, 5, 5, 6]) }); // 6.8 and 4.8
    t.audit({ ratings: answers([6, 6, 7], [7, 8, 8]) }); // 6.33 → 6.3 and 7.67 → 7.7
    t.audit({ agreed: { [B]: null }, ratings: answers([5, null], [null, 9]) }); // a row without a score: 5 and 9
    const p = principle();
    expect(p.agreed).toBe(2);
    expect(p.overall).toEqual({
      values: 8,
      audits: 5,
      tooFew: false,
      min: 4.8,
      q1: 5.75,
      median: 6.55,
      q3: 7.175,
      max: 9,
      mean: 6.575,
    });
  });

  it('leaves out an audit in which nobody scored the principle and nothing was agreed', () => {
    for (const score of [5, 6, 7, 8]) t.audit({ agreed: { [B]: score } });
    t.audit({ agreed: { assessment: 5 } });
    expect(principle().overall).toMatchObject({ audits: 4, values: 4, tooFew: true, median: null, mean: null });
    expect(principle('assessment').overall).toMatchObject({ audits: 1, tooFew: true });
  });
});

describe('quarters', () => {
  it('splits by audit date at the quarter boundaries and lists the quarters in between', () => {
    const dates = ['2026-03-31', '2026-04-01', '2026-12-31', '2027-01-01', '2026-01-01'];
    for (const date of dates) t.audit({ date, agreed: { [B]: 5 } });
    const v = t.view();
    expect(v.quarters).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1']);
    const audits = principle().perQuarter.map((q) => [q.quarter, q.spread.audits]);
    expect(audits).toEqual([
      ['2026-Q1', 2],
      ['2026-Q2', 1],
      ['2026-Q3', 0],
      ['2026-Q4', 1],
      ['2027-Q1', 1],
    ]);
  });

  it('shows a quarter from 5 audits on, not from 4 (and the overall from 9)', () => {
    for (const s of [1, 2, 3, 4, 5]) t.audit({ date: '2026-02-01', agreed: { [B]: s } });
    for (const s of [6, 7, 8, 9]) t.audit({ date: '2026-05-01', agreed: { [B]: s } });
    const [q1, q2] = principle().perQuarter;
    expect(q1!.spread).toMatchObject({ audits: 5, tooFew: false, median: 3 });
    expect(q2!.spread).toEqual({
      values: 4,
      audits: 4,
      tooFew: true,
      min: null,
      q1: null,
      median: null,
      q3: null,
      max: null,
      mean: null,
    });
    expect(principle().overall).toMatchObject({ audits: 9, median: 5 });
  });
});

describe('agreement per question', () => {
  it('counts exact agreement, within one point and the mean absolute difference over pairs both scored', () => {
    const pairs: [number, number][] = [
      [5, 5],
      [6, 7],
      [7, 5],
      [8, 8],
      [3, 4],
    ];
    for (const [c, r] of pairs) t.audit({ ratings: { 'basishouding.respect': [c, r], 'kind.drie-huizen': [c, null] } });
    const q = (key: string) => t.view().questions.find((x) => x.key === key)!;
    expect(q('basishouding.respect')).toMatchObject({
      principleKey: B,
      pairs: 5,
      tooFew: false,
      exact: 0.4,
      withinOne: 0.8,
      meanAbsDiff: 0.8,
      kappa: null,
      icc: null,
    });
    expect(q('kind.drie-huizen')).toMatchObject({ pairs: 0, tooFew: true, exact: null, meanAbsDiff: null });
    expect(q('overall')).toMatchObject({ principleKey: null, pairs: 0, tooFew: true });
  });

  it(`gives kappa and ICC with their intervals from ${MIN_PAIRS_CHANCE_CORRECTED} pairs, as from the pairs themselves`, () => {
    const pairs: Pair[] = Array.from({ length: MIN_PAIRS_CHANCE_CORRECTED }, (_, i) => [i % 11, (i * 3 + 1) % 11]);
    pairs.slice(1).forEach(([c, r]) => t.audit({ ratings: { 'basishouding.respect': [c, r] } }));
    const q = () => t.view().questions.find((x) => x.key === 'basishouding.respect')!;
    expect(q()).toMatchObject({ pairs: MIN_PAIRS_CHANCE_CORRECTED - 1, tooFew: false, kappa: null, icc: null });
    t.audit({ ratings: { 'basishouding.respect': [...pairs[0]!] } });
    const expected = summarizeAgreement(
      pairs,
      { min: 0, max: 10 },
      {
        minPairs: MIN_GROUP,
        minPairsChanceCorrected: MIN_PAIRS_CHANCE_CORRECTED,
      },
    );
    expect(expected.kappa).not.toBeNull();
    expect(expected.icc).not.toBeNull();
    const got = q();
    for (const k of ['kappa', 'icc'] as const)
      for (const f of ['value', 'low', 'high'] as const)
        expect(Math.abs(got[k]![f] - expected[k]![f])).toBeLessThan(1e-9);
    expect(got.exact).toBeCloseTo(expected.exact!, 12);
  });

  it('needs 5 pairs: 4 give no figures', () => {
    for (const c of [1, 2, 3, 4]) t.audit({ ratings: { 'basishouding.respect': [c, c] } });
    t.audit({ ratings: { 'basishouding.respect': [null, 3] } });
    const q = t.view().questions.find((x) => x.key === 'basishouding.respect')!;
    expect(q).toMatchObject({ pairs: 4, tooFew: true, exact: null, withinOne: null, meanAbsDiff: null });
  });
});

describe('action points', () => {
  it('counts each by its newest follow-up, open when none was recorded, overall and per quarter', () => {
    t.audit({ actions: [[], ['done'], ['done', 'open'], ['dropped'], ['open', 'dropped']] });
    for (let i = 0; i < 4; i++) t.audit({ actions: [['done']] });
    t.audit({ date: '2026-08-01', actions: [[]] });
    const a = t.view().actions;
    expect(a).toMatchObject({ total: 10, tooFew: false, audits: 6, byState: { open: 3, done: 5, dropped: 2 } });
    expect(a.perQuarter).toEqual([
      { quarter: '2026-Q1', total: 9, byState: { open: 2, done: 5, dropped: 2 }, audits: 5, tooFew: false },
      { quarter: '2026-Q2', total: 0, byState: { open: 0, done: 0, dropped: 0 }, audits: 0, tooFew: true },
      { quarter: '2026-Q3', total: 0, byState: { open: 0, done: 0, dropped: 0 }, audits: 1, tooFew: true },
    ]);
  });
});

describe('scope', () => {
  it('takes completed audits only, in the period, by service, and region and team trimmed and case-insensitively', () => {
    const where = [
      { service: 'OCJ', region: 'Gent', team: 'Team Noord' },
      { service: 'OCJ', region: ' gent ', team: 'team noord' },
      { service: 'SDJ', region: 'GENT', team: 'Team Zuid' },
      { service: 'OCJ', region: 'Brugge', team: null },
    ] as const;
    where.forEach((caseFile, i) => t.audit({ caseFile, date: `2026-0${i + 1}-10` }));
    t.audit({ caseFile: where[0], status: 'conversation' });
    const n = (scope: object) => t.view(scope).audits;
    expect(n({})).toBe(4);
    expect(n({ region: 'GENT  ' })).toBe(3);
    expect(n({ region: 'gent', service: 'OCJ' })).toBe(2);
    expect(n({ team: 'TEAM NOORD' })).toBe(2);
    expect(n({ from: '2026-02-10', to: '2026-03-10' })).toBe(2);
    expect(n({ from: '2026-02-11', to: '2026-03-09' })).toBe(0);
    expect(n({ region: 'Oostende' })).toBe(0);
    expect(n({ team: 'Team West' })).toBe(0); // not the audit without a team
  });

  it('counts every version of the matrix slug by key, titles from the newest, and nothing of another matrix', () => {
    const v2 = structuredClone(t.content);
    v2.version = 2;
    v2.principles[0]!.title.nl = 'Basishouding (nieuw verwoord)';
    v2.principles[0]!.items.push({ ...v2.principles[0]!.items[0]!, key: 'basishouding.nieuw' });
    const id = Number(
      t.backend.db
        .prepare("INSERT INTO templates (slug, version, content, created_at) VALUES (?, 2, ?, '2026-01-01')")
        .run(v2.slug, JSON.stringify(v2)).lastInsertRowid,
    );
    for (let i = 0; i < 3; i++) t.audit({ agreed: { [B]: 6 } });
    for (let i = 0; i < 2; i++) t.audit({ templateId: id, agreed: { [B]: 8 } });
    const v = t.view();
    expect(v.audits).toBe(5);
    expect(v.principles[0]).toMatchObject({ title: { nl: 'Basishouding (nieuw verwoord)' }, agreed: 5 });
    expect(v.principles[0]!.overall).toMatchObject({ audits: 5, median: 6, max: 8 });
    expect(v.questions.map((q) => q.key)).toContain('basishouding.nieuw');
    expect(v.principles.map((p) => p.key)).toEqual(t.content.principles.map((p) => p.key));
    expect(t.view({ matrix: 'another-matrix' })).toMatchObject({ audits: 0, tooFew: true, principles: [] });
  });
});
