/**
 * The home list's table with "Show more" under it: how many audits are shown of how many, the next page on
 * request, and focus on the first audit it added (keyboard users continue where they were).
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditRow } from './AuditRow';
import type { useAuditPages } from './useAuditPages';

export function AuditList({
  pages,
  onOpenAudit,
}: {
  pages: ReturnType<typeof useAuditPages>;
  onOpenAudit: (auditId: number) => void;
}) {
  const { t } = useTranslation();
  const { items: audits = [], total, hasMore, showMore, loadingMore } = pages;
  const focusFrom = useRef<number | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || audits.length <= from) return;
    focusFrom.current = null;
    tableRef.current?.querySelectorAll<HTMLButtonElement>('tbody button')[from]?.focus();
  }, [audits]);
  return (
    <>
      <table className="table audits-table" ref={tableRef}>
        <AuditTableHead last={t('home.open')} />
        <tbody>
          {audits.map((a) => (
            <AuditRow key={a.id} audit={a} onOpen={() => onOpenAudit(a.id)} />
          ))}
        </tbody>
      </table>
      <div className="audits-more">
        <p className="muted" role="status">
          {t('home.shown', { shown: audits.length, total })}
        </p>
        {hasMore && (
          <button
            type="button"
            className="btn"
            disabled={loadingMore}
            onClick={() => {
              focusFrom.current = audits.length;
              void showMore();
            }}
          >
            {t('home.showMore')}
          </button>
        )}
      </div>
    </>
  );
}

/** The columns of a list of audits (home and "Bewaren of wissen"); `last` names the column of buttons. */
export function AuditTableHead({ last }: { last: string }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th scope="col">{t('home.columnDossier')}</th>
        <th scope="col">{t('home.columnDate')}</th>
        <th scope="col">{t('home.columnPeople')}</th>
        <th scope="col">{t('home.columnStatus')}</th>
        <th scope="col">
          <span className="visually-hidden">{last}</span>
        </th>
      </tr>
    </thead>
  );
}
