/**
 * A realistic, fictional year for "Leren over tijd" and "Breedte" (issue 15): 60 completed audits spread over the
 * last four full quarters, 2 services, 3 regions, 4 teams and 10 people, scores that grow slowly on some principles,
 * two perspectives close on some questions and further apart on others, strengths from a shared pool, action points
 * with their follow-up, and the safety-plan steps of 80 dossiers. Built through the real handlers (with a clock set
 * to each step's moment), so every row is what the app writes; the case file's team and the steps are written with
 * plain SQL until their API exists. Deterministic: the same seed and day give the same rows.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { createHandlers } from './api/handlers';
import type { FollowUpState } from '../shared/domain/followUp';
import type { Person, Service } from '../shared/domain/model';
import { localIsoDate } from '../shared/domain/dates';
import { allItems, type TemplateItem } from '../shared/domain/template';
import { seedDemoSteps, type DemoDossier } from './demoYearSteps';
import {
  addDays,
  at,
  between,
  daysBetween,
  lastFullQuarters,
  pickFrom,
  seededRandom,
  workingDay,
  type Random,
} from './demoYearTime';
import * as T from './demoYearTexts';

export const DEMO_YEAR_SEED = 20_251_001;
export const DEMO_YEAR_AUDITS_PER_QUARTER = 15;
/** Dossiers with breadth steps but no audit (yet), beside the audited ones. */
const EXTRA_DOSSIERS = 20;

export interface DemoYearOptions {
  /** The day the year ends before (default: today on this computer). */
  today?: string;
  seed?: number;
}

/** Per principle: the typical score at the start of the year and how much it grows per quarter. */
const TREND: Record<string, [base: number, perQuarter: number]> = {
  basishouding: [6.8, 0.1],
  assessment: [4.6, 0.5],
  kind: [4.0, 0.6],
  netwerk: [5.2, 0.25],
};
/** Questions on which the two perspectives often differ more. */
const FAR_APART = new Set(['assessment.gevaarsboodschap', 'kind.begrijpt', 'kind.ervaring', 'netwerk.duurzaam']);

interface Ctx {
  api: ReturnType<typeof createHandlers>;
  rnd: Random;
  people: Person[];
  items: TemplateItem[];
  principles: string[];
  today: string;
  setClock: (ms: number) => void;
  setTeam: (team: string, caseFileId: number) => void;
  nextNumber: () => number;
}

function createDossier(c: Ctx, team: T.DemoTeam, service: Service, start: string) {
  const referralYear = Number(start.slice(0, 4));
  c.setClock(at(start, 9));
  const file = c.api.createCaseFile({
    dossierCode: `DEMO-${service}-${referralYear}-${String(200 + c.nextNumber()).padStart(3, '0')}`,
    service,
    region: team.region,
    mainTheme: pickFrom(c.rnd, T.THEMES),
    referralYear,
    sofsExperienceYears: between(c.rnd, 1, 12),
  });
  c.setTeam(team.team, file.id);
  return file;
}

function rateBoth(c: Ctx, auditId: number, quarter: number, auditDate: string) {
  const lift = (c.rnd() - 0.5) * 2;
  for (const item of c.items) {
    const [base, perQuarter] = TREND[item.key.split('.')[0]!] ?? [5.4, 0.35];
    const na = item.allowNotApplicable && c.rnd() < 0.06;
    const truth = base + perQuarter * quarter + lift + (c.rnd() - 0.5) * 1.6;
    const spread = FAR_APART.has(item.key) ? 3.2 : 1.0;
    const score = (shift: number) =>
      na ? null : Math.min(item.scale.max, Math.max(item.scale.min, Math.round(truth + shift)));
    const scores = { consultant: score((c.rnd() - 0.5) * spread), reviewer: score((c.rnd() - 0.5) * spread + 0.3) };
    for (const rater of ['consultant', 'reviewer'] as const) {
      c.setClock(at(auditDate, rater === 'consultant' ? 9 : 13));
      c.api.saveRating({
        auditId,
        rater,
        itemKey: item.key,
        score: scores[rater],
        notApplicable: na,
        naReason: na ? T.NA_REASON : '',
        rationale: pickFrom(c.rnd, T.WHY),
      });
    }
  }
  c.setClock(at(auditDate, 30));
  c.api.submitRatings({ auditId, rater: 'consultant', confirmGaps: false });
  c.setClock(at(auditDate, 56));
  c.api.submitRatings({ auditId, rater: 'reviewer', confirmGaps: false });
}

/** A few phrases from a pool, the first ones more often (as a team's favourite words are). */
const phrases = (rnd: Random, pool: readonly string[], count: number) => {
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(pool[Math.floor(rnd() ** 1.5 * pool.length)]!);
  return [...chosen];
};

function converse(c: Ctx, auditId: number) {
  const { api, rnd } = c;
  api.reveal({ auditId });
  api.saveNote({
    auditId,
    scope: 'audit',
    column: 'strengths',
    text: phrases(rnd, T.STRENGTHS, between(rnd, 1, 3)).join('\n'),
  });
  if (rnd() < 0.7) api.saveNote({ auditId, scope: 'audit', column: 'worries', text: pickFrom(rnd, T.WORRIES) });
  if (rnd() < 0.7) api.saveNote({ auditId, scope: 'audit', column: 'next', text: pickFrom(rnd, T.NEXT_STEPS) });
  const revealed = api.getRevealed({ auditId });
  for (const p of c.principles) {
    if (rnd() < 0.3) api.saveNote({ auditId, scope: p, column: 'strengths', text: phrases(rnd, T.STRENGTHS, 1)[0]! });
    if (rnd() < 0.15) continue; // no agreed score: both perspectives stand
    const values = [...revealed.ratings.consultant, ...revealed.ratings.reviewer]
      .filter((r) => r.itemKey.startsWith(`${p}.`) && r.score !== null)
      .map((r) => r.score!);
    if (values.length === 0) continue;
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    api.saveAgreedScore({ auditId, principleKey: p, score: Math.round(mean + (rnd() - 0.5) * 0.8) });
  }
}

function actionsAndSignOff(c: Ctx, auditId: number, talkDay: string, names: [string, string]) {
  const { api, rnd } = c;
  const actions = phrases(rnd, T.ACTIONS, between(rnd, 1, 3)).map((what) =>
    api.addAction({ auditId, what, who: pickFrom(rnd, T.ACTION_WHO), due: addDays(talkDay, between(rnd, 21, 60)) }),
  );
  c.setClock(at(talkDay, 11));
  api.signOff({ auditId, rater: 'consultant', name: names[0] });
  c.setClock(at(talkDay, 11.1));
  api.signOff({ auditId, rater: 'reviewer', name: names[1] });
  return actions.map((a) => a.id);
}

/** Most action points done (some after an "open" first), some still open, a few no longer needed. */
function followUp(c: Ctx, actionId: number, talkDay: string) {
  const r = c.rnd();
  const final: FollowUpState = r < 0.62 ? 'done' : r < 0.87 ? 'open' : 'dropped';
  const states: FollowUpState[] = final === 'done' && c.rnd() < 0.35 ? ['open', 'done'] : [final];
  let day = workingDay(addDays(talkDay, between(c.rnd, 10, 45)));
  for (const state of states) {
    if (day >= c.today) return;
    c.setClock(at(day, 10));
    c.api.recordFollowUp({ actionId, state, note: pickFrom(c.rnd, T.FOLLOW_UP_NOTES[state]) });
    day = workingDay(addDays(day, between(c.rnd, 10, 40)));
  }
}

function completedAudit(c: Ctx, quarter: number, auditDate: string): DemoDossier & { auditId: number } {
  const team = pickFrom(c.rnd, T.DEMO_YEAR_TEAMS);
  const consultant = c.people[pickFrom(c.rnd, team.consultants)]!;
  const reviewer = c.people[team.reviewer]!;
  const start = addDays(auditDate, -between(c.rnd, 60, 200));
  const file = createDossier(c, team, pickFrom(c.rnd, team.services), start);
  c.setClock(at(addDays(auditDate, -3), 10));
  const audit = c.api.createAudit({
    caseFileId: file.id,
    consultantId: consultant.id,
    reviewerId: reviewer.id,
    auditDate,
  });
  rateBoth(c, audit.id, quarter, auditDate);
  const talkDay = workingDay(addDays(auditDate, between(c.rnd, 4, 9)));
  c.setClock(at(talkDay, 9));
  converse(c, audit.id);
  const actionIds = actionsAndSignOff(c, audit.id, talkDay, [consultant.name, reviewer.name]);
  for (const id of actionIds) followUp(c, id, talkDay);
  return { caseFileId: file.id, start, auditId: audit.id };
}

/** Adds the demo year; returns how many audits and dossiers it made. Call it inside seedDemo (one transaction). */
export function seedDemoYear(db: Database, options: DemoYearOptions = {}): { audits: number; dossiers: number } {
  const today = options.today ?? localIsoDate();
  const rnd = seededRandom(options.seed ?? DEMO_YEAR_SEED);
  let clock = at(today, 7);
  const api = createHandlers(db, { now: () => new Date(clock) });
  const setTeamSql = db.prepare('UPDATE case_files SET team = ? WHERE id = ?');
  const quarters = lastFullQuarters(today, 4);
  const yearStart = quarters[0]!.start;
  return db.transaction(() => {
    let number = 0;
    clock = at(addDays(yearStart, -30), 9);
    const people = T.DEMO_YEAR_PEOPLE.map((p) => api.createPerson(p));
    const content = api.getTemplate({ id: api.getDefaultTemplate({}).id }).content;
    const c: Ctx = {
      api,
      rnd,
      people,
      items: allItems(content),
      principles: content.principles.map((p) => p.key),
      today,
      setClock: (ms) => (clock = ms),
      setTeam: (team, id) => setTeamSql.run(team, id),
      nextNumber: () => number++,
    };
    const dossiers: DemoDossier[] = [];
    const archived: number[] = [];
    quarters.forEach((q, qi) => {
      // Audit days spread over the quarter, leaving two weeks for the conversation before it ends.
      const span = daysBetween(q.start, q.end) - 14;
      for (let i = 0; i < DEMO_YEAR_AUDITS_PER_QUARTER; i++) {
        const day = workingDay(addDays(q.start, Math.floor(((i + rnd()) * span) / DEMO_YEAR_AUDITS_PER_QUARTER)));
        const made = completedAudit(c, qi, day);
        dossiers.push(made);
        // The oldest quarter went to the archive half a year later: out of the home list (found by a search, still
        // in the team view), so the first page keeps the demo's audits in every stage whatever day it is.
        if (qi === 0) archived.push(made.auditId);
      }
    });
    clock = at(workingDay(quarters[2]!.start), 9);
    for (const auditId of archived) api.archiveAudit({ auditId });
    for (let i = 0; i < EXTRA_DOSSIERS; i++) {
      const start = addDays(yearStart, between(rnd, 0, Math.max(0, daysBetween(yearStart, today) - 20)));
      const team = pickFrom(rnd, T.DEMO_YEAR_TEAMS);
      dossiers.push({ caseFileId: createDossier(c, team, pickFrom(rnd, team.services), start).id, start });
    }
    seedDemoSteps(db, rnd, dossiers, { start: yearStart, today });
    return { audits: quarters.length * DEMO_YEAR_AUDITS_PER_QUARTER, dossiers: dossiers.length };
  })();
}
