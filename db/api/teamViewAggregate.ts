/**
 * The team view from the summaries of the audits in scope, as columns (db/api/teamViewColumns.ts): counts per item,
 * principle, quarter and score, then the figures (db/api/teamViewFigures.ts). `sel` lists the rows in scope, `slot`
 * gives each row's quarter as a position in the view's quarters. Audits are only ever counted; nothing here knows
 * who took part in them.
 */
import { FOLLOW_UP_STATES, type FollowUpState } from '../../shared/domain/followUp';
import {
  MIN_GROUP,
  type ActionsSummary,
  type PrincipleTrend,
  type QuestionAgreement,
  type Quarter,
} from '../../shared/domain/teamView';
import type { Columns } from './teamViewColumns';
import { agreementOf, spreadOf, type Cell } from './teamViewFigures';
import type { SlugLayout } from './teamViewLayout';

/** The rows in scope and, per row in `sel` order, the position of its quarter. */
export interface Selection {
  sel: Int32Array;
  slot: Int32Array;
}

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
  cols: Columns,
  { sel }: Selection,
  layout: SlugLayout,
  idOf: (key: string) => number,
): QuestionAgreement[] {
  const slot = new Int32Array(Math.max(0, ...layout.items.map((i) => idOf(i.key))) + 1).fill(-1);
  layout.items.forEach((item, n) => (slot[idOf(item.key)] = n));
  const grid = new Int32Array(layout.items.length * GRID);
  const { pairs, pairStart } = cols;
  for (const k of sel) {
    for (let i = pairStart[k]!; i < pairStart[k + 1]!; i += 3) {
      const n = pairs[i]! < slot.length ? slot[pairs[i]!]! : -1;
      if (n < 0) continue;
      const at = n * GRID + pairs[i + 1]! * SIDE + pairs[i + 2]!;
      grid[at] = grid[at]! + 1;
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
  cols: Columns,
  { sel, slot: quarterOf }: Selection,
  layout: SlugLayout,
  quarters: readonly Quarter[],
  idOf: (key: string) => number,
): PrincipleTrend[] {
  const slot = new Int32Array(Math.max(0, ...layout.principles.map((p) => idOf(p.key))) + 1).fill(-1);
  layout.principles.forEach((p, n) => (slot[idOf(p.key)] = n));
  const cellsPer = quarters.length;
  const values = new Int32Array(layout.principles.length * cellsPer * TENTHS);
  const counted = new Int32Array(layout.principles.length * cellsPer * 2);
  const { principles: p, principleStart } = cols;
  sel.forEach((k, row) => {
    const q = quarterOf[row]!;
    for (let i = principleStart[k]!; i < principleStart[k + 1]!; i += 3 + p[i + 2]!) {
      const n = p[i]! < slot.length ? slot[p[i]!]! : -1;
      if (n < 0) continue;
      const cell = n * cellsPer + q;
      counted[cell * 2] = counted[cell * 2]! + 1;
      counted[cell * 2 + 1] = counted[cell * 2 + 1]! + p[i + 1]!;
      for (let v = 0; v < p[i + 2]!; v++) {
        const at = cell * TENTHS + p[i + 3 + v]!;
        values[at] = values[at]! + 1;
      }
    }
  });
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

/** Action points by state, shown only over at least MIN_GROUP audits (overall and per quarter). */
export function actionsOf(cols: Columns, { sel, slot }: Selection, quarters: readonly Quarter[]): ActionsSummary {
  const per = new Int32Array(quarters.length * 4); // per quarter: audits, open, done, dropped
  sel.forEach((k, row) => {
    const at = slot[row]! * 4;
    per[at] = per[at]! + 1;
    for (let s = 0; s < 3; s++) per[at + 1 + s] = per[at + 1 + s]! + cols.actions[k * 3 + s]!;
  });
  const shown = (at: number[]) => {
    const sum = (j: number) => at.reduce((t, q) => t + per[q * 4 + j]!, 0);
    const audits = sum(0);
    const tooFew = audits < MIN_GROUP;
    const byState = Object.fromEntries(FOLLOW_UP_STATES.map((s, j) => [s, tooFew ? 0 : sum(1 + j)])) as Record<
      FollowUpState,
      number
    >;
    return { total: FOLLOW_UP_STATES.reduce((t, s) => t + byState[s], 0), byState, audits, tooFew };
  };
  return {
    ...shown(quarters.map((_, q) => q)),
    perQuarter: quarters.map((quarter, q) => ({ quarter, ...shown([q]) })),
  };
}
