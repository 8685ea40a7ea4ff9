/**
 * The summaries of the completed audits (teamViewStore.ts) laid out as columns of typed arrays, rebuilt only when
 * they changed: a view then reads memory in order instead of chasing 10,000 objects and their arrays (which cost
 * 5–10 ms per pass on a busy machine, mostly cache misses). Audit `k` is row `k` of every column; its pairs,
 * principle values and phrases are the slices `[start[k], start[k + 1])` of the flat columns.
 */
import { SERVICES } from '../../shared/domain/model';
import type { Interned } from './teamViewLoad';
import type { AuditFacts } from './teamViewStore';

export interface Columns {
  n: number;
  templateId: Int32Array;
  /** The audit date as the number YYYYMMDD. */
  day: Int32Array;
  /** Interned quarter ('YYYY-Qn'). */
  quarter: Int32Array;
  service: Int8Array;
  /** Interned folded region and team (trimmed, lower case); -1 for none. */
  region: Int32Array;
  team: Int32Array;
  pairStart: Int32Array;
  /** Triples: interned item key, consultant score, reviewer score. */
  pairs: Int32Array;
  principleStart: Int32Array;
  /** As `AuditFacts.principles`. */
  principles: Int32Array;
  /** open, done, dropped per audit. */
  actions: Int32Array;
  phraseStart: Int32Array;
  phrases: Int32Array;
}

export const dayNumber = (day: string) => Number(day.slice(0, 4) + day.slice(5, 7) + day.slice(8, 10));

/** `fold(s)` interned, -1 for null. */
export type FoldId = (s: string | null) => number;

export function toColumns(list: readonly AuditFacts[], quarters: Interned, foldId: FoldId): Columns {
  const n = list.length;
  const total = (f: (a: AuditFacts) => number) => list.reduce((t, a) => t + f(a), 0);
  const c: Columns = {
    n,
    templateId: new Int32Array(n),
    day: new Int32Array(n),
    quarter: new Int32Array(n),
    service: new Int8Array(n),
    region: new Int32Array(n),
    team: new Int32Array(n),
    pairStart: new Int32Array(n + 1),
    pairs: new Int32Array(total((a) => a.pairs.length)),
    principleStart: new Int32Array(n + 1),
    principles: new Int32Array(total((a) => a.principles.length)),
    actions: new Int32Array(n * 3),
    phraseStart: new Int32Array(n + 1),
    phrases: new Int32Array(total((a) => a.phrases.length)),
  };
  list.forEach((a, k) => {
    c.templateId[k] = a.templateId;
    c.day[k] = dayNumber(a.date);
    c.quarter[k] = quarters.id(a.quarter);
    c.service[k] = SERVICES.indexOf(a.service);
    c.region[k] = foldId(a.region);
    c.team[k] = foldId(a.team);
    c.pairs.set(a.pairs, c.pairStart[k]!);
    c.pairStart[k + 1] = c.pairStart[k]! + a.pairs.length;
    c.principles.set(a.principles, c.principleStart[k]!);
    c.principleStart[k + 1] = c.principleStart[k]! + a.principles.length;
    c.actions.set([a.actions.open, a.actions.done, a.actions.dropped], k * 3);
    c.phrases.set(a.phrases, c.phraseStart[k]!);
    c.phraseStart[k + 1] = c.phraseStart[k]! + a.phrases.length;
  });
  return c;
}
