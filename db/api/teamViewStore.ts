/**
 * The backend's summary of every completed audit, for the team view (docs/decisions/0018-team-view-summaries.md).
 * Aggregating the ratings in SQL for each view took 0.5–2 s at 10,000 audits; a completed audit's content cannot
 * change (triggers) except by a recorded reopening, so each one is summarised once: its pairs of scores per item,
 * per principle the agreed score or both raters' means, its action points by follow-up state and its strengths
 * phrases. Nothing about who scored is kept. The summary is checked against SQLite's own change counters
 * (`total_changes()` of this connection, `data_version` for any other): when something was written, the list of
 * completed audits is read again (with their case files' service, region and team, which may be corrected) and
 * only audits that are new or changed (completed again, reopened, or a reused id) are loaded; follow-ups recorded
 * since the last look refresh their audits' action counts.
 */
import type { FollowUpState } from '../../shared/domain/followUp';
import type { Service } from '../../shared/domain/model';
import type { TemplateContent } from '../../shared/domain/template';
import type { teamViewRepository } from '../repositories/teamView';
import { toColumns, type Columns } from './teamViewColumns';
import { auditLoader, Interned, noActions } from './teamViewLoad';

export interface AuditFacts {
  id: number;
  templateId: number;
  date: string;
  quarter: string;
  version: string;
  service: Service;
  region: string | null;
  team: string | null;
  /** Items both raters scored: interned item key, consultant score, reviewer score (flat triples). */
  pairs: number[];
  /**
   * Per principle, flat: interned key, 1 when agreed (else 0), how many values follow, then the values in tenths:
   * the agreed score, or where none was agreed each rater's mean item score (rounded to 1 decimal).
   */
  principles: number[];
  actions: Record<FollowUpState, number>;
  /** Interned strengths phrases, each once. */
  phrases: number[];
}

const BATCH = 500;
/** Region and team are compared trimmed and case-insensitively. */
export const fold = (s: string) => s.trim().normalize('NFC').toLocaleLowerCase('nl-BE');

export const quarterOf = (day: string) => `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) + 2) / 3)}`;

export type TeamViewRepo = ReturnType<typeof teamViewRepository>;

export function teamViewStore(repo: TeamViewRepo, contentOf: (templateId: number) => TemplateContent) {
  const keys = new Interned();
  const phrases = new Interned();
  const audits = new Map<number, AuditFacts>();
  let stamp: string | null = null;
  let lastFollowUp = 0;
  const quarters = new Interned();
  const folds = new Interned();
  const foldCache = new Map<string, number>();
  const foldId = (v: string | null) => {
    if (v === null) return -1;
    let id = foldCache.get(v);
    if (id === undefined) foldCache.set(v, (id = folds.id(fold(v))));
    return id;
  };
  let columns: Columns | null = null;

  const { load, loadActions } = auditLoader(repo, contentOf, { keys, phrases, audits });

  const refresh = () => {
    const now = repo.stamp();
    if (now === stamp) return;
    const rows = repo.completed();
    const present = new Set<number>();
    const fresh: AuditFacts[] = [];
    for (const row of rows) {
      present.add(row.id);
      const known = audits.get(row.id);
      if (known && known.version === row.version) {
        Object.assign(known, { service: row.service, region: row.region, team: row.team, date: row.date });
        known.quarter = quarterOf(row.date);
        continue;
      }
      const f: AuditFacts = {
        ...row,
        quarter: quarterOf(row.date),
        pairs: [],
        principles: [],
        actions: noActions(),
        phrases: [],
      };
      audits.set(row.id, f);
      fresh.push(f);
    }
    for (const id of [...audits.keys()]) if (!present.has(id)) audits.delete(id);
    const followed = repo.lastFollowUp();
    if (followed > lastFollowUp && stamp !== null) {
      const freshIds = new Set(fresh.map((f) => f.id));
      const touched = repo.followedUpSince(lastFollowUp).filter((id) => audits.has(id) && !freshIds.has(id));
      for (let i = 0; i < touched.length; i += BATCH) loadActions(touched.slice(i, i + BATCH));
    }
    for (let i = 0; i < fresh.length; i += BATCH) load(fresh.slice(i, i + BATCH));
    lastFollowUp = followed;
    stamp = now;
    columns = null;
  };

  return {
    /** Every completed audit's summary, up to date. */
    audits: (): Iterable<AuditFacts> => {
      refresh();
      return audits.values();
    },
    /** The same summaries as columns, rebuilt when something changed. */
    columns: (): Columns => {
      refresh();
      return (columns ??= toColumns([...audits.values()], quarters, foldId));
    },
    quarterOf: (id: number) => quarters.values[id]!,
    /** The id of a folded region or team, or -2 when no audit has it (-1 is "none"). */
    foldedId: (v: string) => folds.ids.get(fold(v)) ?? -2,
    /** The small number for an item or principle key, as in `pairs` and `principles`. */
    idOf: (key: string) => keys.id(key),
    phraseOf: (id: number) => phrases.values[id]!,
    /** How many phrases are known (their ids are below this). */
    phraseCount: () => phrases.values.length,
  };
}
