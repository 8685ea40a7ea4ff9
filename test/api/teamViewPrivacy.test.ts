/**
 * The team view is never per person (issue 15, DOMAIN.md §5): (a) who did which audit changes nothing in any result,
 * byte for byte; (b) no result of a team-view operation carries a person's name or a person field; (c) the arguments
 * take no person (strict schemas); (d) every figure covers at least MIN_GROUP audits, at the boundary 4 vs 5. And bad
 * input is refused with a clear, translated validation error.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import { MIN_GROUP } from '../../shared/domain/teamView';
import { translate } from '../../shared/i18n/translate';
import { fail, ok } from '../support/results';
import { seeded } from '../support/teamViewBulk';
import { ALL, openTeamViewTest, type TeamViewTest } from '../support/teamViewTest';

const TEAM_VIEW_OPERATIONS = ['getTeamView', 'getTeamViewOptions'] as const;
const NAMES = ['Zoë Xylofoon', 'Quirijn Blauwbaard', 'Ilse Ravensteyn', 'Bartholomeus Kwak'];
const opened: TeamViewTest[] = [];
afterEach(() => opened.splice(0).forEach((t) => t.close()));

/** Twelve audits from a seed, with their people chosen by `who(i)` (indexes into NAMES). */
function dataSet(who: (i: number) => [number, number]) {
  const t = openTeamViewTest('team-view-privacy', NAMES);
  opened.push(t);
  const rnd = seeded(7);
  const items = t.content.principles.flatMap((p) => p.items.map((i) => i.key));
  for (let i = 0; i < 12; i++) {
    const [c, r] = who(i);
    const ratings = Object.fromEntries(items.map((k) => [k, [Math.floor(rnd() * 11), Math.floor(rnd() * 11)]]));
    t.audit({
      date: `2026-${String(1 + (i % 6) * 2).padStart(2, '0')}-15`,
      consultantId: t.people[c]!,
      reviewerId: t.people[r]!,
      caseFile: { service: i % 2 ? 'OCJ' : 'SDJ', region: 'Gent', team: 'Team Noord' },
      ratings: ratings as Record<string, [number, number]>,
      agreed: i % 3 ? { basishouding: Math.floor(rnd() * 11) } : {},
      strengths: {
        audit: `Het netwerk werd betrokken.\n${NAMES[c]} bleef rustig.\n${NAMES[r]!.split(' ')[0]} gaf ruimte.`,
      },
      actions: [[(['open', 'done', 'dropped'] as const)[i % 3]!]],
    });
  }
  return t;
}

const results = (t: TeamViewTest) =>
  TEAM_VIEW_OPERATIONS.map((op) => JSON.stringify(ok(t.backend.dispatch(op, op === 'getTeamView' ? ALL : {}))));

describe('never per person', () => {
  it('(a) gives byte-identical results when other people did the same audits', () => {
    const original = results(dataSet((i) => [i % 2, 2 + (i % 2)]));
    const swapped = results(dataSet((i) => [2 + ((i + 1) % 2), (i * 7) % 2]));
    const oneConsultant = results(dataSet(() => [3, 0]));
    expect(JSON.parse(original[0]!).audits).toBe(12);
    expect(swapped).toEqual(original);
    expect(oneConsultant).toEqual(original);
  });

  it('(b) names no one and has no person field, even when names are written in the strengths', () => {
    const t = dataSet((i) => [i % 2, 2 + (i % 2)]);
    const found: string[] = [];
    const walk = (x: unknown, at: string): void => {
      if (typeof x === 'string') {
        for (const part of NAMES.flatMap((n) => [n, ...n.split(' ')]))
          if (x.toLowerCase().includes(part.toLowerCase())) found.push(`${at}: ${x}`);
      } else if (Array.isArray(x)) x.forEach((y, i) => walk(y, `${at}[${i}]`));
      else if (x && typeof x === 'object')
        for (const [k, v] of Object.entries(x)) {
          if (/person|people|consultant|reviewer|rater|who|signed|byName/i.test(k)) found.push(`${at}.${k}`);
          walk(v, `${at}.${k}`);
        }
    };
    for (const r of results(t)) walk(JSON.parse(r), '$');
    expect(found).toEqual([]);
    // The strengths were counted, without the phrases that name someone.
    const view = JSON.parse(results(t)[0]!) as { strengths: { text: string }[] };
    expect(view.strengths).toEqual([{ text: 'het netwerk werd betrokken', audits: 12 }]);
  });

  it('(c) takes no person in its arguments: a person id is refused by the strict schemas', () => {
    for (const [op, args] of [
      ['getTeamView', ALL],
      ['getTeamViewOptions', {}],
    ] as const) {
      for (const extra of [{ personId: 1 }, { consultantId: 1 }, { reviewerId: 1 }, { people: [1] }]) {
        expect(contract[op].safeParse({ ...args, ...extra }).success).toBe(false);
      }
      expect(contract[op].safeParse(args).success).toBe(true);
    }
    const t = dataSet(() => [0, 1]);
    expect(fail(t.backend.dispatch('getTeamView', { ...ALL, personId: t.people[0] })).code).toBe('invalid_arguments');
    expect(fail(t.backend.dispatch('getTeamViewOptions', { personId: 1 })).code).toBe('invalid_arguments');
    const keys = Object.keys(contract.getTeamView.shape);
    expect(keys.filter((k) => /person|people|consultant|reviewer|rater/i.test(k))).toEqual([]);
  });
});

describe('the minimum group', () => {
  it(`shows nothing below ${MIN_GROUP} audits and everything from ${MIN_GROUP} on`, () => {
    const t = openTeamViewTest('team-view-min');
    opened.push(t);
    const one = () =>
      t.audit({
        ratings: { 'basishouding.respect': [6, 7] },
        agreed: { basishouding: 6 },
        strengths: { audit: 'Het netwerk werd betrokken.' },
        actions: [['done']],
      });
    for (let i = 1; i < MIN_GROUP; i++) one();
    const four = t.view();
    expect(four).toMatchObject({ audits: 4, tooFew: true, strengths: [] });
    expect(four.principles.every((p) => p.overall.tooFew && p.overall.median === null)).toBe(true);
    expect(four.principles.every((p) => p.perQuarter.every((q) => q.spread.tooFew && q.spread.mean === null))).toBe(
      true,
    );
    expect(four.questions.every((q) => q.tooFew && q.exact === null && q.meanAbsDiff === null)).toBe(true);
    expect(four.actions).toMatchObject({ tooFew: true, total: 0, byState: { open: 0, done: 0, dropped: 0 } });
    one();
    const five = t.view();
    expect(five).toMatchObject({
      audits: 5,
      tooFew: false,
      strengths: [{ text: 'het netwerk werd betrokken', audits: 5 }],
    });
    expect(five.principles[0]!.overall).toMatchObject({ tooFew: false, median: 6 });
    expect(five.questions[0]).toMatchObject({ tooFew: false, exact: 0, withinOne: 1 });
    expect(five.actions).toMatchObject({ tooFew: false, total: 5, byState: { done: 5 } });
  });
});

describe('bad input', () => {
  const t = () => {
    const x = openTeamViewTest('team-view-input');
    opened.push(x);
    return x;
  };
  const issues = (x: TeamViewTest, args: object) => {
    const e = fail(x.backend.dispatch('getTeamView', { ...ALL, ...args }));
    expect(e.code).toBe('invalid_arguments');
    return e.issues!.map((i) => `${i.path}:${i.message}`);
  };

  it('refuses a reversed period, a long region, an impossible date, with messages the app translates', () => {
    const x = t();
    expect(issues(x, { from: '2026-06-01', to: '2026-05-31' })).toEqual(['to:period_reversed']);
    expect(issues(x, { region: 'Gent'.repeat(10_000) })).toEqual(['region:too_long']);
    expect(issues(x, { team: ' \t ' })).toEqual(['team:required']);
    expect(issues(x, { from: '2026-02-30' })).toEqual(['from:date_invalid']);
    expect(issues(x, { matrix: 'x'.repeat(81) })).toEqual(['matrix:too_long']);
    for (const locale of ['nl', 'en'] as const) {
      for (const key of ['period_reversed', 'too_long', 'required', 'date_invalid'])
        expect(translate(locale)(`validation.${key}`)).not.toContain('validation.');
    }
  });

  it('answers an unknown matrix with an empty view, not an error', () => {
    const v = t().view({ matrix: 'bestaat-niet' });
    expect(v).toMatchObject({ audits: 0, tooFew: true, quarters: [], principles: [], questions: [], strengths: [] });
  });
});
