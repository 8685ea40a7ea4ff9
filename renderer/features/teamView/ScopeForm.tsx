/**
 * "Welke audits bekijken we?": the period (a preset or own dates, typed as dd/mm/jjjj), the matrix and optionally a
 * service, region or team, each a labelled control. Every change applies at once (the page waits a moment before it
 * asks, so typing a date does not ask for every digit).
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamViewOptions } from '../../../shared/domain/teamView';
import { pick, type Locale } from '../../../shared/domain/template';
import { DateField } from '../../components/DateField';
import { isolatedPlainText } from '../../components/UserText';
import { PRESETS, type Preset } from './period';
import type { ScopeProblem, ScopeValues } from './scope';

interface Props {
  values: ScopeValues;
  options: TeamViewOptions | undefined;
  problem: { field: 'from' | 'to'; code: ScopeProblem } | null;
  locale: Locale;
  onChange: (values: ScopeValues) => void;
}

function Select(p: { id: string; label: string; value: string; onChange: (v: string) => void; children: ReactNode }) {
  return (
    <div className="team-scope__field">
      <label htmlFor={p.id}>{p.label}</label>
      <select id={p.id} value={p.value} onChange={(e) => p.onChange(e.target.value)}>
        {p.children}
      </select>
    </div>
  );
}

export function ScopeForm({ values, options, problem, locale, onChange }: Props) {
  const { t } = useTranslation();
  const set =
    <K extends keyof ScopeValues>(k: K) =>
    (v: string) =>
      onChange({ ...values, [k]: v as ScopeValues[K] });
  const dateError = (field: 'from' | 'to') =>
    problem?.field === field ? (problem.code === 'period_reversed' ? 'period_reversed' : problem.code) : undefined;
  return (
    <form className="team-scope" aria-labelledby="team-scope-title" onSubmit={(e) => e.preventDefault()}>
      <h2 id="team-scope-title" className="visually-hidden">
        {t('teamView.scopeTitle')}
      </h2>
      <Select id="team-period" label={t('teamView.period')} value={values.preset} onChange={set('preset')}>
        {PRESETS.map((p: Preset) => (
          <option key={p} value={p}>
            {t(`teamView.preset_${p}`)}
          </option>
        ))}
      </Select>
      {values.preset === 'own' && (
        <>
          <div className="team-scope__date">
            <DateField
              label={t('teamView.from')}
              value={values.from}
              onChange={set('from')}
              error={dateError('from')}
            />
          </div>
          <div className="team-scope__date">
            <DateField label={t('teamView.to')} value={values.to} onChange={set('to')} error={dateError('to')} />
          </div>
        </>
      )}
      <Select id="team-matrix" label={t('teamView.matrix')} value={values.matrix} onChange={set('matrix')}>
        {options?.matrices.map((m) => (
          <option key={m.slug} value={m.slug}>
            {isolatedPlainText(pick(m.name, locale))}
          </option>
        ))}
      </Select>
      <Select id="team-service" label={t('teamView.service')} value={values.service} onChange={set('service')}>
        <option value="">{t('teamView.all')}</option>
        {options?.services.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </Select>
      <Select id="team-region" label={t('teamView.region')} value={values.region} onChange={set('region')}>
        <option value="">{t('teamView.all')}</option>
        {options?.regions.map((r) => (
          <option key={r} value={r}>
            {isolatedPlainText(r)}
          </option>
        ))}
      </Select>
      <Select id="team-team" label={t('teamView.team')} value={values.team} onChange={set('team')}>
        <option value="">{t('teamView.all')}</option>
        {options?.teams.map((r) => (
          <option key={r} value={r}>
            {isolatedPlainText(r)}
          </option>
        ))}
      </Select>
    </form>
  );
}
