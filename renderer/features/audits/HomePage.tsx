/**
 * The start screen: audits, newest first, each with its status and next step, a page at a time ("Show more"
 * appends the next page and moves focus to its first audit); a welcoming empty state.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDate } from '../../lib/format';
import { UserText } from '../../components/UserText';
import type { AuditListItem } from '../../../shared/domain/auditList';
import { shownStatus } from '../../../shared/domain/scoring';
import { useAuditPages } from './useAuditPages';

export interface HomePageProps {
  onNewCaseFile: () => void;
  onNewAudit: () => void;
  onOpenAudit: (auditId: number) => void;
}

export function HomePage({ onNewCaseFile, onNewAudit, onOpenAudit }: HomePageProps) {
  const { t } = useTranslation();
  const { items: audits, total, hasMore, showMore, loadingMore, error, loading } = useAuditPages();
  // After "Show more", focus moves to the first audit that was added (keyboard users continue where they were).
  const focusFrom = useRef<number | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || !audits || audits.length <= from) return;
    focusFrom.current = null;
    tableRef.current?.querySelectorAll<HTMLButtonElement>('tbody button')[from]?.focus();
  }, [audits]);

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
      {loading && !audits && <p>{t('common.loading')}</p>}
      {audits && audits.length === 0 && (
        <div className="empty">
          <h2>{t('home.emptyTitle')}</h2>
          <p>{t('home.emptyText')}</p>
          <button type="button" className="btn btn--primary" onClick={onNewCaseFile}>
            {t('home.startCaseFile')}
          </button>
        </div>
      )}
      {audits && audits.length > 0 && (
        <>
          <p className="muted">{t('home.intro')}</p>
          <table className="table audits-table" ref={tableRef}>
            <thead>
              <tr>
                <th scope="col">{t('home.columnDossier')}</th>
                <th scope="col">{t('home.columnDate')}</th>
                <th scope="col">{t('home.columnPeople')}</th>
                <th scope="col">{t('home.columnStatus')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('home.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {audits.map((a) => (
                <AuditRow key={a.id} audit={a} onOpen={() => onOpenAudit(a.id)} />
              ))}
            </tbody>
          </table>
          <ShowMore
            shown={audits.length}
            total={total}
            hasMore={hasMore}
            busy={loadingMore}
            onMore={() => {
              focusFrom.current = audits.length;
              void showMore();
            }}
          />
        </>
      )}
    </section>
  );
}

/** One audit in the list: dossier, date, the two people, the stage and next step, and the open button. */
function AuditRow({ audit: a, onOpen }: { audit: AuditListItem; onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <tr>
      <td className="mono nowrap">
        <UserText>{a.dossierCode}</UserText>
      </td>
      <td className="nowrap">{formatDate(a.auditDate, i18n.language)}</td>
      <td>
        <UserText>{a.consultant.name}</UserText> · <UserText>{a.reviewer.name}</UserText>
      </td>
      <td>
        {/* Before the reveal, whether someone started scoring is not shown (ADR 0002). */}
        <span className={`status status--${shownStatus(a.status)}`}>{t(`status.${shownStatus(a.status)}`)}</span>
        <div className="muted small">{t(`nextStep.${shownStatus(a.status)}`)}</div>
      </td>
      <td>
        <button
          type="button"
          className="btn btn--small"
          aria-label={t('home.openAudit', { code: a.dossierCode })}
          onClick={onOpen}
        >
          {t('home.open')}
        </button>
      </td>
    </tr>
  );
}

/** Under the list: how many audits are shown of how many, and "Show more" while there are more. */
function ShowMore(p: { shown: number; total: number; hasMore: boolean; busy: boolean; onMore: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="audits-more">
      <p className="muted" role="status">
        {t('home.shown', { shown: p.shown, total: p.total })}
      </p>
      {p.hasMore && (
        <button type="button" className="btn" disabled={p.busy} onClick={p.onMore}>
          {t('home.showMore')}
        </button>
      )}
    </div>
  );
}
