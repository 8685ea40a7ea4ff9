/**
 * Search and filters above the home list: one search box (dossier code or name), status, person, year, service,
 * region and order, each with its own label; a button clears them all.
 */
import { useTranslation } from 'react-i18next';
import { isolatedPlainText } from '../../components/UserText';
import { useApi } from '../../lib/useApi';
import { AUDIT_STATUS_FILTERS } from '../../../shared/domain/auditList';
import { SERVICES } from '../../../shared/domain/model';
import { filterYears, isFiltered, type HomeFilterValues } from './homeFilters';

export interface HomeFiltersProps {
  values: HomeFilterValues;
  onChange: (values: HomeFilterValues) => void;
  /** Clears every filter (and puts focus in the search box). */
  onClear: () => void;
}

export function HomeFilters({ values, onChange, onClear }: HomeFiltersProps) {
  const { t } = useTranslation();
  const people = useApi('listPeople', {});
  const set =
    <K extends keyof HomeFilterValues>(k: K) =>
    (e: { target: { value: string } }) =>
      onChange({ ...values, [k]: e.target.value as HomeFilterValues[K] });
  return (
    <form className="home-filters" role="search" aria-label={t('homeFind.label')} onSubmit={(e) => e.preventDefault()}>
      <div className="home-filters__search">
        <label htmlFor="home-query">{t('homeFind.search')}</label>
        <input
          id="home-query"
          type="search"
          value={values.query}
          onChange={set('query')}
          aria-describedby="home-query-hint"
          maxLength={100}
          autoComplete="off"
        />
        <p id="home-query-hint" className="field__hint">
          {t('homeFind.searchHint')}
        </p>
      </div>
      <Select id="home-status" label={t('homeFind.status')} value={values.status} onChange={set('status')}>
        <option value="">{t('homeFind.all')}</option>
        {AUDIT_STATUS_FILTERS.map((s) => (
          <option key={s} value={s}>
            {s === 'waiting' ? t('homeFind.waiting') : t(`status.${s}`)}
          </option>
        ))}
      </Select>
      <Select id="home-person" label={t('homeFind.person')} value={values.personId} onChange={set('personId')}>
        <option value="">{t('homeFind.everyone')}</option>
        {people.data?.map((p) => (
          <option key={p.id} value={String(p.id)}>
            {isolatedPlainText(p.name)}
          </option>
        ))}
      </Select>
      <Select id="home-year" label={t('homeFind.year')} value={values.year} onChange={set('year')}>
        <option value="">{t('homeFind.allYears')}</option>
        {filterYears().map((y) => (
          <option key={y} value={String(y)}>
            {y}
          </option>
        ))}
      </Select>
      <Select id="home-service" label={t('homeFind.service')} value={values.service} onChange={set('service')}>
        <option value="">{t('homeFind.all')}</option>
        {SERVICES.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </Select>
      <div className="home-filters__field">
        <label htmlFor="home-region">{t('homeFind.region')}</label>
        <input
          id="home-region"
          type="text"
          value={values.region}
          onChange={set('region')}
          maxLength={200}
          autoComplete="off"
        />
      </div>
      <Select id="home-sort" label={t('homeFind.sort')} value={values.sort} onChange={set('sort')}>
        <option value="newest">{t('homeFind.newest')}</option>
        <option value="oldest">{t('homeFind.oldest')}</option>
      </Select>
      <ArchivedToggle checked={values.includeArchived} onChange={(v) => onChange({ ...values, includeArchived: v })} />
      {isFiltered(values) && (
        <button type="button" className="btn btn--small home-filters__clear" onClick={onClear}>
          {t('homeFind.clear')}
        </button>
      )}
    </form>
  );
}

/** "Ook gearchiveerde tonen": archived audits in the list too (a search finds them anyway). */
function ArchivedToggle({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <label className="choice home-filters__archived">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />{' '}
      {t('retention.showArchived')}
    </label>
  );
}

function Select(p: {
  id: string;
  label: string;
  value: string;
  onChange: (e: { target: { value: string } }) => void;
  children: React.ReactNode;
}) {
  return (
    <div className="home-filters__field">
      <label htmlFor={p.id}>{p.label}</label>
      <select id={p.id} value={p.value} onChange={p.onChange}>
        {p.children}
      </select>
    </div>
  );
}
