/**
 * Loading the summary of completed audits (db/api/teamViewStore.ts) in batches: their pairs of scores, per principle
 * the agreed score or both raters' means, their strengths phrases and their action points by follow-up state.
 */
import { FOLLOW_UP_STATES, type FollowUpState } from '../../shared/domain/followUp';
import type { TemplateContent } from '../../shared/domain/template';
import { phrasesOf } from './strengthPhrases';
import type { AuditFacts, TeamViewRepo } from './teamViewStore';

export const noActions = (): Record<FollowUpState, number> => ({ open: 0, done: 0, dropped: 0 });

/** Strings as small numbers, so counting over thousands of audits compares numbers. */
export class Interned {
  readonly ids = new Map<string, number>();
  readonly values: string[] = [];
  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(s);
      this.ids.set(s, id);
    }
    return id;
  }
}

/** A mean in tenths, rounded half up to 1 decimal (6.25 → 63). */
const tenths = (x: number) => Math.round(x * 10 + 1e-9);

export function auditLoader(
  repo: TeamViewRepo,
  contentOf: (templateId: number) => TemplateContent,
  { keys, phrases, audits }: { keys: Interned; phrases: Interned; audits: Map<number, AuditFacts> },
) {
  /** The flat `principles` of an audit from both raters' scores and its agreed scores. */
  const principleValues = (content: TemplateContent, scores: Map<string, number>[], agreed: Map<string, number>) =>
    content.principles.flatMap((p) => {
      const key = keys.id(p.key);
      const settled = agreed.get(p.key);
      if (settled !== undefined) return [key, 1, 1, settled * 10];
      const raters = scores.flatMap((byItem) => {
        const xs = p.items.map((i) => byItem.get(i.key)).filter((x): x is number => x !== undefined);
        return xs.length ? [tenths(xs.reduce((a, b) => a + b, 0) / xs.length)] : [];
      });
      return raters.length ? [key, 0, raters.length, ...raters] : [];
    });

  const loadActions = (ids: number[]) => {
    for (const a of ids) {
      const f = audits.get(a);
      if (f) f.actions = noActions();
    }
    for (const row of repo.actions(ids)) {
      const f = audits.get(row.id);
      if (f && FOLLOW_UP_STATES.includes(row.state)) f.actions[row.state] += row.n;
    }
  };

  const load = (batch: AuditFacts[]) => {
    const ids = batch.map((f) => f.id);
    type Scores = Map<string, number>;
    const byId = new Map<number, [Scores, Scores]>(batch.map((f) => [f.id, [new Map(), new Map()]]));
    for (const [id, reviewer, item, score] of repo.ratings(ids)) byId.get(id)![reviewer].set(item, score);
    const agreed = new Map<number, Map<string, number>>(ids.map((id) => [id, new Map()]));
    for (const g of repo.agreed(ids)) agreed.get(g.id)!.set(g.principle, g.score);
    for (const f of batch) {
      const [c, r] = byId.get(f.id)!;
      for (const [item, score] of c) {
        const other = r.get(item);
        if (other !== undefined) f.pairs.push(keys.id(item), score, other);
      }
      f.principles = principleValues(contentOf(f.templateId), [c, r], agreed.get(f.id)!);
    }
    const seen = new Map<number, Set<number>>(ids.map((id) => [id, new Set()]));
    for (const n of repo.strengths(ids)) for (const p of phrasesOf(n.text)) seen.get(n.id)!.add(phrases.id(p));
    for (const f of batch) f.phrases = [...seen.get(f.id)!];
    loadActions(ids);
  };

  return { load, loadActions };
}
