/**
 * The backend's summary of every dossier for the breadth dashboard (docs/decisions/0019-breadth-summary.md): per
 * case file its scope (service, region and team as small integer codes), the quarter it started in, the first
 * quarter it no longer runs in (from its closure year) and, per safety-plan step, the quarter of the step's day or a
 * code for "not applicable" / "not filled in or not yet", in typed arrays. Dossier `k` is row `k` of every column.
 *
 * Fresh on every call: SQLite's own counters (`total_changes()` here, `data_version` for any other connection) are
 * compared with those seen at the last load; anything written since reloads the whole summary, except a step set
 * through this backend on a summary that was fresh just before, which patches that one dossier's row.
 */
import { SAFETY_PLAN_STEPS } from '../../shared/domain/breadth';
import { SERVICES } from '../../shared/domain/model';
import type { breadthSummaryRepository, Stamp } from '../repositories/breadthSummary';

/** A step code: not filled in or "nog niet" (the dashboard treats both alike). */
export const STEP_NONE = -2;
/** A step code: "niet van toepassing". Codes ≥ 0 are the quarter index of the day the step happened. */
export const STEP_NA = -1;
/** The end of a dossier that is not closed: after any quarter. */
export const OPEN_END = 0x3fffffff;
const STEPS = SAFETY_PLAN_STEPS.length;
const STEP_INDEX = new Map<string, number>(SAFETY_PLAN_STEPS.map((s, i) => [s, i]));

export interface BreadthSummary {
  n: number;
  ids: Int32Array;
  /** Index in SERVICES. */
  service: Int8Array;
  /** Interned region and team (exact text, as SQL compares them); -1 for none. */
  region: Int32Array;
  team: Int32Array;
  /** The quarter index of the day the case file was created. */
  created: Int32Array;
  /** The quarter index the dossier started in: its creation or its earliest step day, whichever is earlier. */
  start: Int32Array;
  /** The first quarter index in which the dossier no longer runs: 1 January after its closure year. */
  end: Int32Array;
  /** Per dossier 13 step codes (STEP_NONE, STEP_NA or a quarter index), in SAFETY_PLAN_STEPS order. */
  steps: Int32Array;
  /** The code of a region or team text, -3 when no dossier has it. */
  codeOf: (text: string) => number;
}

type Repo = ReturnType<typeof breadthSummaryRepository>;

/** The first quarter index a closure year no longer runs in. */
const endOf = (closure: number | null) =>
  closure === null ? OPEN_END : Math.min(OPEN_END, (Math.floor(closure) + 1) * 4);

function load(repo: Repo): BreadthSummary {
  const cf = repo.caseFiles();
  const n = cf.ids.length;
  const codes = new Map<string, number>();
  const code = (s: string | null) => {
    if (s === null) return -1;
    let c = codes.get(s);
    if (c === undefined) codes.set(s, (c = codes.size));
    return c;
  };
  const row = new Map<number, number>();
  const sum: BreadthSummary = {
    n,
    ids: Int32Array.from(cf.ids),
    service: Int8Array.from(cf.services, (s) => SERVICES.indexOf(s as (typeof SERVICES)[number])),
    region: Int32Array.from(cf.regions, code),
    team: Int32Array.from(cf.teams, code),
    created: Int32Array.from(cf.created),
    start: Int32Array.from(cf.created),
    end: Int32Array.from(cf.closures, endOf),
    steps: new Int32Array(n * STEPS).fill(STEP_NONE),
    codeOf: (text) => codes.get(text) ?? -3,
  };
  cf.ids.forEach((id, k) => row.set(id, k));
  for (const list of repo.steps()) {
    const s = STEP_INDEX.get(list.step)!;
    const done = list.state === 'done';
    list.ids.forEach((id, i) => {
      const k = row.get(id);
      if (k === undefined) return;
      const q = done ? list.quarters[i]! : STEP_NA;
      sum.steps[k * STEPS + s] = q;
      if (done && q < sum.start[k]!) sum.start[k] = q;
    });
  }
  return sum;
}

export function breadthStore(repo: Repo) {
  let summary: BreadthSummary | null = null;
  let rows: Map<number, number> | null = null;
  let seen: Stamp | null = null;
  const same = (a: Stamp | null, b: Stamp) => a !== null && a.changes === b.changes && a.version === b.version;

  const fresh = (): BreadthSummary => {
    const now = repo.stamp();
    if (summary !== null && same(seen, now)) return summary;
    // The stamp is read before loading: a commit by another connection while loading makes the next call reload.
    summary = load(repo);
    rows = null;
    seen = now;
    return summary;
  };

  const rowOf = (id: number) => {
    if (summary === null) return undefined;
    if (rows === null) {
      rows = new Map();
      summary.ids.forEach((x, k) => rows!.set(x, k));
    }
    return rows.get(id);
  };

  return {
    /** The summary, up to date with the file. */
    summary: fresh,
    /** The counters now; pass them to `stepWritten` after setting a step. */
    stamp: (): Stamp => repo.stamp(),
    /**
     * A step of `caseFileId` was set or cleared through this backend, and `before` is the stamp read just before.
     * When the summary was fresh then and no other connection committed since, only that dossier's row is read
     * again; otherwise nothing is done here and the next call reloads.
     */
    stepWritten: (caseFileId: number, before: Stamp) => {
      const now = repo.stamp();
      if (summary === null || !same(seen, before) || now.version !== before.version) return;
      const k = rowOf(caseFileId);
      if (k === undefined) return;
      const sum = summary;
      sum.steps.fill(STEP_NONE, k * STEPS, (k + 1) * STEPS);
      let start = sum.created[k]!;
      for (const s of repo.stepsOf(caseFileId)) {
        const q = s.quarter ?? STEP_NA;
        sum.steps[k * STEPS + STEP_INDEX.get(s.step)!] = q;
        if (q >= 0 && q < start) start = q;
      }
      sum.start[k] = start;
      seen = now;
    },
  };
}
