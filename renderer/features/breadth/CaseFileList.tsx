/** The dossiers in the chosen scope, searchable by code and in pages, each with a button to open its steps. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreadthCaseFile, BreadthScope } from '../../../shared/domain/breadthView';
import { BREADTH_PAGE_DEFAULT } from '../../../shared/domain/breadthView';
import { ErrorBanner } from '../../components/ErrorBanner';
import { UserText } from '../../components/UserText';
import { useApi } from '../../lib/useApi';

/** One page of dossiers: code, service, region, team, how many steps are filled in, and the button to open them. */
function CaseFileTable({ items, onOpen }: { items: BreadthCaseFile[]; onOpen: (caseFileId: number) => void }) {
  const { t } = useTranslation();
  return (
    // Scrolls on its own when zoomed in, so the page itself never scrolls sideways.
    <div className="breadth-table-wrap" role="region" aria-labelledby="breadth-list-caption" tabIndex={0}>
      <table className="table breadth-list__table">
        <caption id="breadth-list-caption" className="visually-hidden">
          {t('breadth.list.title')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('breadth.list.code')}</th>
            <th scope="col">{t('breadth.list.service')}</th>
            <th scope="col">{t('breadth.list.region')}</th>
            <th scope="col">{t('breadth.list.team')}</th>
            <th scope="col">{t('breadth.list.filled')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('breadth.list.open')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id}>
              <th scope="row" className="mono">
                <UserText>{c.dossierCode}</UserText>
              </th>
              <td>{t(`services.${c.service}`)}</td>
              <td>
                <UserText>{c.region}</UserText>
              </td>
              <td>
                <UserText>{c.team}</UserText>
              </td>
              <td>{t('breadth.list.filledCount', { filled: c.filled })}</td>
              <td>
                <button
                  type="button"
                  className="btn btn--small"
                  aria-label={t('breadth.list.openLabel', { code: c.dossierCode })}
                  onClick={() => onOpen(c.id)}
                >
                  {t('breadth.list.open')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CaseFileList({ scope, onOpen }: { scope: BreadthScope; onOpen: (caseFileId: number) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [offset, setOffset] = useState(0);
  const { data, error } = useApi('listBreadthCaseFiles', { scope, query, offset, limit: BREADTH_PAGE_DEFAULT });
  const total = data?.total ?? 0;
  return (
    <section aria-labelledby="breadth-list-title" className="breadth-list">
      <h2 id="breadth-list-title">{t('breadth.list.title')}</h2>
      <p className="muted">{t('breadth.list.intro')}</p>
      <div className="breadth-search">
        <label htmlFor="breadth-search">{t('breadth.list.search')}</label>
        <input
          id="breadth-search"
          type="search"
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOffset(0);
          }}
        />
      </div>
      <ErrorBanner error={error} />
      <p role="status">{data ? t('breadth.list.total', { count: total }) : ''}</p>
      {data && data.items.length === 0 && <p className="muted">{t('breadth.list.empty')}</p>}
      {data && data.items.length > 0 && <CaseFileTable items={data.items} onOpen={onOpen} />}
      {total > BREADTH_PAGE_DEFAULT && (
        <p className="breadth-pager">
          <button
            type="button"
            className="btn"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - BREADTH_PAGE_DEFAULT))}
          >
            {t('breadth.list.previous')}
          </button>
          <span>
            {t('breadth.list.page', { from: offset + 1, to: Math.min(total, offset + BREADTH_PAGE_DEFAULT), total })}
          </span>
          <button
            type="button"
            className="btn"
            disabled={offset + BREADTH_PAGE_DEFAULT >= total}
            onClick={() => setOffset(offset + BREADTH_PAGE_DEFAULT)}
          >
            {t('breadth.list.next')}
          </button>
        </p>
      )}
    </section>
  );
}
