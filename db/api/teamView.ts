/**
 * "Leren over tijd" (issue 15): the team view over completed audits in a period, on one matrix (all its versions),
 * optionally narrowed to the case files' service, region or team, and the choices for that scope. Never per
 * person: the arguments take no person (strict schemas), the results name no one, and every figure covers at least
 * MIN_GROUP audits (shared/domain/teamView.ts). The audits come from the backend's summaries (teamViewStore.ts).
 */
import { MIN_GROUP, type TeamView, type TeamViewInput } from '../../shared/domain/teamView';
import { personMatcher, STRENGTHS_MIN_AUDITS, topStrengths } from './strengthPhrases';
import { actionsOf, principlesOf, quarterRange, questionsOf } from './teamViewAggregate';
import { slugLayout, type SlugLayout } from './teamViewLayout';
import { teamViewOptions } from './teamViewOptions';
import { teamViewStore, type AuditFacts } from './teamViewStore';
import type { Handlers, HandlerContext } from './context';

export type TeamViewOperation = 'getTeamView' | 'getTeamViewOptions';

/** Region and team are compared trimmed and case-insensitively. */
const fold = (s: string) => s.trim().normalize('NFC').toLocaleLowerCase('nl-BE');

export function teamViewHandlers(ctx: HandlerContext): Pick<Handlers, TeamViewOperation> {
  const repo = ctx.teamView;
  const store = teamViewStore(repo, (id) => ctx.template(id).content);
  const folded = new Map<string, string>();
  const foldOf = (s: string | null) => {
    if (s === null) return null;
    let f = folded.get(s);
    if (f === undefined) folded.set(s, (f = fold(s)));
    return f;
  };
  const layouts = new Map<string, { ids: string; layout: SlugLayout }>();
  const layoutOf = (slug: string): SlugLayout => {
    const versions = repo.templates().filter((t) => t.slug === slug);
    const ids = versions.map((v) => v.id).join(',');
    const known = layouts.get(slug);
    if (known?.ids === ids) return known.layout;
    const layout = slugLayout(versions.map((v) => ({ id: v.id, content: ctx.template(v.id).content })));
    layouts.set(slug, { ids, layout });
    return layout;
  };

  const inScope = (scope: TeamViewInput, layout: SlugLayout): AuditFacts[] => {
    const region = scope.region === null ? null : fold(scope.region);
    const team = scope.team === null ? null : fold(scope.team);
    const out: AuditFacts[] = [];
    for (const a of store.audits()) {
      if (!layout.templateIds.has(a.templateId) || a.date < scope.from || a.date > scope.to) continue;
      if (scope.service !== null && a.service !== scope.service) continue;
      if (region !== null && foldOf(a.region) !== region) continue;
      if (team !== null && foldOf(a.team) !== team) continue;
      out.push(a);
    }
    return out;
  };

  const strengthsOf = (audits: readonly AuditFacts[]) => {
    const counts = new Int32Array(store.phraseCount());
    for (const a of audits) for (const p of a.phrases) counts[p] = counts[p]! + 1;
    const shown = new Map<string, number>();
    counts.forEach((n, p) => n >= STRENGTHS_MIN_AUDITS && shown.set(store.phraseOf(p), n));
    return topStrengths(shown, personMatcher(repo.personNames()));
  };

  const getTeamView = (scope: TeamViewInput): TeamView => {
    const layout = layoutOf(scope.matrix);
    const audits = inScope(scope, layout);
    const seen = audits.map((a) => a.quarter).sort();
    const quarters = seen.length ? quarterRange(seen[0]!, seen[seen.length - 1]!) : [];
    const tooFew = audits.length < MIN_GROUP;
    const idOf = store.idOf;
    return {
      scope,
      minGroup: MIN_GROUP,
      audits: audits.length,
      tooFew,
      quarters,
      principles: principlesOf(audits, layout, quarters, idOf),
      questions: questionsOf(audits, layout, idOf),
      actions: actionsOf(audits, quarters),
      strengths: tooFew ? [] : strengthsOf(audits),
    };
  };

  return {
    getTeamView,
    getTeamViewOptions: () =>
      teamViewOptions(store.audits(), repo.templates(), (id) => ctx.template(id).content, foldOf),
  };
}
