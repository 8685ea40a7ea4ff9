/**
 * "Leren over tijd" (issue 15): the team view over completed audits in a period, on one matrix (all its versions),
 * optionally narrowed to the case files' service, region or team, and the choices for that scope. Never per
 * person: the arguments take no person (strict schemas), the results name no one, and every figure covers at least
 * MIN_GROUP audits (shared/domain/teamView.ts). The audits come from the backend's summaries (teamViewStore.ts).
 */
import { SERVICES } from '../../shared/domain/model';
import { MIN_GROUP, type TeamView, type TeamViewInput } from '../../shared/domain/teamView';
import { personMatcher, STRENGTHS_MIN_AUDITS, topStrengths } from './strengthPhrases';
import { actionsOf, principlesOf, quarterRange, questionsOf, type Selection } from './teamViewAggregate';
import { slugLayout, type SlugLayout } from './teamViewLayout';
import { teamViewOptions } from './teamViewOptions';
import { dayNumber, type Columns } from './teamViewColumns';
import { fold, teamViewStore } from './teamViewStore';
import type { Handlers, HandlerContext } from './context';

export type TeamViewOperation = 'getTeamView' | 'getTeamViewOptions';

export function teamViewHandlers(ctx: HandlerContext): Pick<Handlers, TeamViewOperation> {
  const repo = ctx.teamView;
  const store = teamViewStore(repo, (id) => ctx.template(id).content);
  const foldOf = (s: string | null) => (s === null ? null : fold(s));
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

  /** The rows of the audits in scope, and each one's position among the view's quarters (first to last). */
  const inScope = (cols: Columns, scope: TeamViewInput, layout: SlugLayout) => {
    const [from, to] = [dayNumber(scope.from), dayNumber(scope.to)];
    const service = scope.service === null ? -1 : SERVICES.indexOf(scope.service);
    const region = scope.region === null ? null : store.foldedId(scope.region);
    const team = scope.team === null ? null : store.foldedId(scope.team);
    const rows: number[] = [];
    for (let k = 0; k < cols.n; k++) {
      if (cols.day[k]! < from || cols.day[k]! > to || !layout.templateIds.has(cols.templateId[k]!)) continue;
      if (service >= 0 && cols.service[k] !== service) continue;
      if ((region !== null && cols.region[k] !== region) || (team !== null && cols.team[k] !== team)) continue;
      rows.push(k);
    }
    const names = [...new Set(rows.map((k) => cols.quarter[k]!))].map((id) => store.quarterOf(id)).sort();
    const quarters = names.length ? quarterRange(names[0]!, names[names.length - 1]!) : [];
    const position = new Map(quarters.map((q, n) => [q, n]));
    const slot = Int32Array.from(rows, (k) => position.get(store.quarterOf(cols.quarter[k]!))!);
    return { quarters, selection: { sel: Int32Array.from(rows), slot } };
  };

  const strengthsOf = (cols: Columns, { sel }: Selection) => {
    const counts = new Int32Array(store.phraseCount());
    for (const k of sel)
      for (let i = cols.phraseStart[k]!; i < cols.phraseStart[k + 1]!; i++)
        counts[cols.phrases[i]!] = counts[cols.phrases[i]!]! + 1;
    const shown = new Map<string, number>();
    counts.forEach((n, p) => n >= STRENGTHS_MIN_AUDITS && shown.set(store.phraseOf(p), n));
    return topStrengths(shown, personMatcher(repo.personNames()));
  };

  const getTeamView = (scope: TeamViewInput): TeamView => {
    const layout = layoutOf(scope.matrix);
    const cols = store.columns();
    const { quarters, selection } = inScope(cols, scope, layout);
    const audits = selection.sel.length;
    const tooFew = audits < MIN_GROUP;
    return {
      scope,
      minGroup: MIN_GROUP,
      audits,
      tooFew,
      quarters,
      principles: principlesOf(cols, selection, layout, quarters, store.idOf),
      questions: questionsOf(cols, selection, layout, store.idOf),
      actions: actionsOf(cols, selection, quarters),
      strengths: tooFew ? [] : strengthsOf(cols, selection),
    };
  };

  return {
    getTeamView,
    getTeamViewOptions: () =>
      teamViewOptions(store.audits(), repo.templates(), (id) => ctx.template(id).content, foldOf),
  };
}
