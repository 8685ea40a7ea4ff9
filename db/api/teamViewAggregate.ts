/**
 * The team view from the summaries of the audits in scope (db/api/teamViewStore.ts): counts per item, principle,
 * quarter and score, then the figures (db/api/teamViewFigures.ts). Audits are only ever counted; nothing here
 * knows who took part in them.
 */
import { FOLLOW_UP_STATES, type FollowUpState } from '../../shared/domain/followUp';
import {
  MIN_GROUP,
  type ActionsSummary,
  type PrincipleTrend,
  type QuestionAgreement,
  type Quarter,
} from '../../shared/domain/teamView';
import type { AuditFacts } from './teamViewStore';
import { agreementOf, spreadOf, type Cell } from './teamViewFigures';
import type { SlugLayout } from './teamViewLayout';

/** Every quarter from the first to the last, gaps included. */
export function quarterRange(first: Quarter, last: Quarter): Quarter[] {
  const out: Quarter[] = [];
  let [y, q] = [Number(first.slice(0, 4)), Number(first.slice(6))];
  for (;;) {
    const quarter = `${y}-Q${q}`;
    out.push(quarter);
    if (quarter >= last) return out;
    [y, q] = q === 4 ? [y + 1, 1] : [y, q + 1];
  }
}

/** Scores are integers 0..100 (the schema's check), so a table of one question is a 101 × 101 grid of counts. */
const SIDE = 101;
const GRID = SIDE * SIDE;

export function questionsOf(
  audits: readonly AuditFacts[],
  layout: SlugLayout,
  idOf: (key: string) => number,
): QuestionAgreement[] {
  const slot = new Map(layout.items.map((item, n) => [idOf(item.key), n]));
  const grid = new Int32Array(layout.items.length * GRID);
  for (const a of audits) {
    const p = a.pairs;
    for (let i = 0; i < p.length; i += 3) {
      const n = slot.get(p[i]!);
      if (n === undefined) continue;
      const k = n * GRID + p[i + 1]! * SIDE + p[i + 2]!;
      grid[k] = grid[k]! + 1;
    }
  }
  return layout.items.map((item, n) => {
    const table: Cell[] = [];
    for (let k = 0; k < GRID; k++) {
      const count = grid[n * GRID + k]!;
      if (count) table.push({ c: Math.floor(k / SIDE), r: k % SIDE, n: count });
    }
    return {
      key: item.key,
      principleKey: item.principleKey,
      title: item.title,
      scale: item.scale,
      ...agreementOf(table, item.scale),
    };
  });
}

/** Values are tenths 0..1000: per principle and quarter a row of counts, plus audits and agreed audits. */
const TENTHS = 1001;

export function principlesOf(
  audits: readonly AuditFacts[],
  layout: SlugLayout,
  quarters: readonly Quarter[],
  idOf: (key: string) => number,
): PrincipleTrend[] {
  const slot = new Map(layout.principles.map((p, n) => [idOf(p.key), n]));
  const quarterAt = new Map(quarters.map((q, n) => [q, n]));
  const cellsPer = quarters.length;
  const values = new Int32Array(layout.principles.length * cellsPer * TENTHS);
  const counted = new Int32Array(layout.principles.length * cellsPer * 2);
  for (const a of audits) {
    const q = quarterAt.get(a.quarter)!;
    const p = a.principles;
    for (let i = 0; i < p.length; i += 3 + p[i + 2]!) {
      const n = slot.get(p[i]!);
      if (n === undefined) continue;
      const cell = n * cellsPer + q;
      counted[cell * 2] = counted[cell * 2]! + 1;
      counted[cell * 2 + 1] = counted[cell * 2 + 1]! + p[i + 1]!;
      for (let v = 0; v < p[i + 2]!; v++)
        values[cell * TENTHS + p[i + 3 + v]!] = values[cell * TENTHS + p[i + 3 + v]!]! + 1;
    }
  }
  const spreadAt = (cells: number[]) => {
    const counts: [number, number][] = [];
    for (let v = 0; v < TENTHS; v++) {
      let n = 0;
      for (const cell of cells) n += values[cell * TENTHS + v]!;
      if (n) counts.push([v / 10, n]);
    }
    const sum = (k: 0 | 1) => cells.reduce((t, cell) => t + counted[cell * 2 + k]!, 0);
    return { spread: spreadOf(counts, sum(0)), agreed: sum(1) };
  };
  return layout.principles.map((principle, n) => {
    const cells = quarters.map((_, q) => n * cellsPer + q);
    const all = spreadAt(cells);
    return {
      key: principle.key,
      title: principle.title,
      scale: principle.scale,
      overall: all.spread,
      agreed: all.spread.tooFew ? 0 : all.agreed,
      perQuarter: quarters.map((quarter, q) => ({ quarter, spread: spreadAt([cells[q]!]).spread })),
    };
  });
}

const noStates = (): Record<FollowUpState, number> => ({ open: 0, done: 0, dropped: 0 });

/** Action points by state, shown only over at least MIN_GROUP audits (overall and per quarter). */
export function actionsOf(audits: readonly AuditFacts[], quarters: readonly Quarter[]): ActionsSummary {
  const per = new Map<Quarter, { audits: number; byState: Record<FollowUpState, number> }>();
  for (const a of audits) {
    let q = per.get(a.quarter);
    if (!q) per.set(a.quarter, (q = { audits: 0, byState: noStates() }));
    q.audits += 1;
    for (const s of FOLLOW_UP_STATES) q.byState[s] += a.actions[s];
  }
  const shown = (n: number, byState: Record<FollowUpState, number>) => {
    const tooFew = n < MIN_GROUP;
    const states = tooFew ? noStates() : byState;
    return { total: FOLLOW_UP_STATES.reduce((t, s) => t + states[s], 0), byState: states, audits: n, tooFew };
  };
  const all = noStates();
  for (const q of per.values()) for (const s of FOLLOW_UP_STATES) all[s] += q.byState[s];
  return {
    ...shown(audits.length, all),
    perQuarter: quarters.map((quarter) => {
      const q = per.get(quarter) ?? { audits: 0, byState: noStates() };
      return { quarter, ...shown(q.audits, q.byState) };
    }),
  };
}
