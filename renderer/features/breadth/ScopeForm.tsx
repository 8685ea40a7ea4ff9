/**
 * The dashboard's scope: all dossiers, one service, one region or one team (only those in use are offered), and the
 * period in quarters. Kept in a small store, so it is still chosen after filling in a dossier's steps.
 */
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import {
  quarterAt,
  quarterIndex,
  quartersBetween,
  type BreadthOptions,
  type BreadthScope,
} from '../../../shared/domain/breadthView';

type Kind = BreadthScope['kind'];
interface ScopeState {
  kind: Kind;
  value: string;
  from: string | null;
  to: string | null;
  set: (s: Partial<Omit<ScopeState, 'set'>>) => void;
}
export const useScope = create<ScopeState>((set) => ({ kind: 'all', value: '', from: null, to: null, set }));

/** The four quarters before the current one, unless chosen otherwise. */
export function periodOf(o: BreadthOptions, from: string | null, to: string | null) {
  const now = quarterIndex(o.nowQuarter);
  return { from: from ?? quarterAt(now - 4), to: to ?? quarterAt(now - 1) };
}

export function scopeOf(kind: Kind, value: string, o: BreadthOptions): BreadthScope {
  const choices = valuesOf(kind, o);
  const v = choices.includes(value) ? value : choices[0];
  if (kind === 'all' || v === undefined) return { kind: 'all' };
  return kind === 'service' ? { kind, value: v as 'OCJ' | 'SDJ' } : { kind, value: v };
}

const valuesOf = (kind: Kind, o: BreadthOptions): string[] =>
  kind === 'service' ? o.services : kind === 'region' ? o.regions : kind === 'team' ? o.teams : [];

export function ScopeForm({ options }: { options: BreadthOptions }) {
  const { t } = useTranslation();
  const { kind, value, from, to, set } = useScope();
  const period = periodOf(options, from, to);
  const first = Math.min(quarterIndex(options.firstQuarter ?? options.nowQuarter), quarterIndex(period.from));
  const quarters = quartersBetween(quarterAt(first), options.nowQuarter).reverse();
  const values = valuesOf(kind, options);
  const scope = scopeOf(kind, value, options);
  return (
    <div className="breadth-scope" role="group" aria-label={t('breadth.scope.label')}>
      <div className="breadth-scope__field">
        <label htmlFor="breadth-kind">{t('breadth.scope.kind')}</label>
        <select id="breadth-kind" value={kind} onChange={(e) => set({ kind: e.target.value as Kind, value: '' })}>
          {(['all', 'service', 'region', 'team'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`breadth.scope.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {kind !== 'all' && (
        <div className="breadth-scope__field">
          <label htmlFor="breadth-value">{t('breadth.scope.value')}</label>
          <select
            id="breadth-value"
            value={scope.kind === 'all' ? '' : scope.value}
            disabled={values.length === 0}
            onChange={(e) => set({ value: e.target.value })}
          >
            {values.length === 0 && <option value="">{t('breadth.scope.none')}</option>}
            {values.map((v) => (
              <option key={v} value={v}>
                {kind === 'service' ? t(`services.${v}`) : v}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="breadth-scope__field">
        <label htmlFor="breadth-from">{t('breadth.period.from')}</label>
        <select
          id="breadth-from"
          value={period.from}
          onChange={(e) => set({ from: e.target.value, to: period.to < e.target.value ? e.target.value : period.to })}
        >
          {quarters.map((q) => (
            <option key={q}>{q}</option>
          ))}
        </select>
      </div>
      <div className="breadth-scope__field">
        <label htmlFor="breadth-to">{t('breadth.period.to')}</label>
        <select
          id="breadth-to"
          value={period.to}
          onChange={(e) =>
            set({ to: e.target.value, from: period.from > e.target.value ? e.target.value : period.from })
          }
        >
          {quarters.map((q) => (
            <option key={q}>{q}</option>
          ))}
        </select>
      </div>
    </div>
  );
}
