/**
 * The start screen: audits, newest first, each with its status and next step, a page at a time ("Show more"
 * appends the next page and moves focus to its first audit); search and filters above it, with how many audits
 * they find and a way back when they find none; a welcoming empty state when there are no audits yet.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useApi } from '../../lib/useApi';
import { AuditList } from './AuditList';
import { HomeFilters } from './HomeFilters';
import { filterArgs, isFiltered, NO_FILTERS, useDebounced, type HomeFilterValues } from './homeFilters';
import { useAuditPages } from './useAuditPages';

export interface HomePageProps {
  onNewCaseFile: () => void;
  onNewAudit: () => void;
  onOpenAudit: (auditId: number) => void;
  /** "Bewaren of wissen": the audits past the retention period. */
  onOpenRetention: () => void;
  /** "Back-up en herstel": where the backups from before encryption are encrypted or removed. */
  onOpenBackup?: () => void;
}

/** A one-line pointer while backups from before encryption are still plain (ADR 0014), like the retention one. */
function PlainBackupsPointer({ onOpenBackup }: { onOpenBackup: () => void }) {
  const { t } = useTranslation();
  const count = useApi('getBackupEncryption', {}).data?.plainBackups ?? 0;
  if (count === 0) return null;
  return (
    <p className="banner banner--info" data-testid="plain-backups-home">
      {t('backup.plainBackups', { count })}{' '}
      <button type="button" className="btn btn--link" onClick={onOpenBackup}>
        {t('backup.plainHomeLink')}
      </button>
    </p>
  );
}

/** How long typing may pause before the list follows the search box. */
const SEARCH_PAUSE_MS = 250;

export function HomePage({ onNewCaseFile, onNewAudit, onOpenAudit, onOpenRetention, onOpenBackup }: HomePageProps) {
  const { t } = useTranslation();
  const retention = useApi('getRetention', {});
  const [filters, setFilters] = useState<HomeFilterValues>(NO_FILTERS);
  const settled = useDebounced(filters, SEARCH_PAUSE_MS);
  // Selects apply at once; only typed text waits for the pause.
  const applied = { ...filters, query: settled.query, region: settled.region };
  const pages = useAuditPages(filterArgs(applied));
  const { items: audits, total, error, loading } = pages;
  const filtered = isFiltered(applied);
  // Typed but not yet applied text counts too, so the filters stay while the list catches up.
  const anyFilter = filtered || isFiltered(filters);
  const clear = () => {
    setFilters(NO_FILTERS);
    document.getElementById('home-query')?.focus();
  };

  return (
    <section aria-labelledby="home-title">
      <div className="page-head">
        <h1 id="home-title" tabIndex={-1}>
          {t('home.title')}
        </h1>
        <div className="page-head__actions">
          <button type="button" className="btn" onClick={onNewCaseFile}>
            {t('nav.newCaseFile')}
          </button>
          <button type="button" className="btn btn--primary" onClick={onNewAudit}>
            {t('home.startAudit')}
          </button>
        </div>
      </div>
      <ErrorBanner error={error} />
      {(retention.data?.due ?? 0) > 0 && (
        <p className="banner banner--info">
          {t('retention.due', { count: retention.data!.due })}{' '}
          <button type="button" className="btn btn--link" onClick={onOpenRetention}>
            {t('retention.homeLink')}
          </button>
        </p>
      )}
      {onOpenBackup && <PlainBackupsPointer onOpenBackup={onOpenBackup} />}
      {loading && !audits && <p>{t('common.loading')}</p>}
      {audits && audits.length === 0 && !anyFilter && !loading && (
        <div className="empty">
          <h2>{t('home.emptyTitle')}</h2>
          <p>{t('home.emptyText')}</p>
          <button type="button" className="btn btn--primary" onClick={onNewCaseFile}>
            {t('home.startCaseFile')}
          </button>
        </div>
      )}
      {audits && (audits.length > 0 || anyFilter || loading) && (
        <>
          <p className="muted">{t('home.intro')}</p>
          <HomeFilters values={filters} onChange={setFilters} onClear={clear} />
          <p className="home-found" role="status">
            {filtered && !loading ? t('homeFind.found', { count: total }) : ''}
          </p>
          {audits.length === 0 ? (
            <div className="empty">
              <h2>{t('homeFind.noneTitle')}</h2>
              <p>{t('homeFind.noneText')}</p>
              <button type="button" className="btn" onClick={clear}>
                {t('homeFind.clear')}
              </button>
            </div>
          ) : (
            <AuditList pages={pages} onOpenAudit={onOpenAudit} />
          )}
        </>
      )}
    </section>
  );
}
