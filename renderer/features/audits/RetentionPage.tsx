/**
 * "Bewaren of wissen": the audits past the team's retention period (ADR 0012), oldest first, a page at a time. Per
 * audit "Bewaren" (asked again in a year) or "Wissen…" (the erase confirmation of the correction screen, with its
 * second confirmation for a signed audit). Nothing goes without that confirmation. The rows show what the home list
 * shows, nothing more.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditListItem } from '../../../shared/domain/auditList';
import type { ErasureTarget } from '../../../shared/domain/erasure';
import { shownStatus } from '../../../shared/domain/scoring';
import { call } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { UserText } from '../../components/UserText';
import { formatDate } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import { EraseDialog, type EraseRequest } from './EraseDialog';
import { AuditTableHead } from './AuditList';

const PAGE = 50;

interface Props {
  onBack: () => void;
  onErased: (target: ErasureTarget) => void;
}

/** The audits past the period, a page at a time; kept ones leave the list at once. */
function useRetentionList() {
  const first = useApi('listRetentionDue', { limit: PAGE });
  const [more, setMore] = useState<{ items: AuditListItem[]; next: string | null } | null>(null);
  const [kept, setKept] = useState<Set<number>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const all = first.data ? [...first.data.items, ...(more?.items ?? [])] : undefined;
  const next = more ? more.next : (first.data?.nextCursor ?? null);
  const showMore = async () => {
    if (!next) return;
    try {
      const page = await call('listRetentionDue', { limit: PAGE, cursor: next });
      setMore((m) => ({ items: [...(m?.items ?? []), ...page.items], next: page.nextCursor }));
    } catch (err) {
      setError(err);
    }
  };
  /** "Bewaren": the day it will be asked again, or null when it failed (the error is shown). */
  const keep = async (a: AuditListItem): Promise<string | null> => {
    setError(null);
    try {
      const result = await call('keepAudit', { auditId: a.id });
      setKept((k) => new Set(k).add(a.id));
      return result.askAgainOn;
    } catch (err) {
      setError(err);
      return null;
    }
  };
  return { items: all?.filter((a) => !kept.has(a.id)), next, showMore, keep, error: first.error ?? error };
}

export function RetentionPage({ onBack, onErased }: Props) {
  const { t, i18n } = useTranslation();
  const setting = useApi('getRetention', {});
  const { items, next, showMore, keep: keepAudit, error } = useRetentionList();
  const [notice, setNotice] = useState('');
  const [erasing, setErasing] = useState<EraseRequest | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const focusAt = useRef<number | null>(null);
  const months = setting.data?.months ?? null;
  // After "Bewaren", focus moves on to the next audit's "Bewaren" (the last one's, or the heading when none is left).
  useEffect(() => {
    const at = focusAt.current;
    if (at === null) return;
    focusAt.current = null;
    const buttons = tableRef.current?.querySelectorAll<HTMLButtonElement>('button[data-keep]');
    const target = buttons && buttons.length > 0 ? buttons[Math.min(at, buttons.length - 1)] : null;
    (target ?? document.getElementById('retention-page-title'))?.focus();
  }, [items]);

  const keep = async (a: AuditListItem, index: number) => {
    focusAt.current = index; // before the list changes
    const askAgainOn = await keepAudit(a);
    if (askAgainOn === null) {
      focusAt.current = null;
      return;
    }
    setNotice(t('retention.kept', { code: a.dossierCode, date: formatDate(askAgainOn, i18n.language) }));
  };

  return (
    <section aria-labelledby="retention-page-title">
      <p className="page-links">
        <button type="button" className="btn btn--link" onClick={onBack}>
          ← {t('retention.back')}
        </button>
      </p>
      <h1 id="retention-page-title" tabIndex={-1}>
        {t('retention.title')}
      </h1>
      <ErrorBanner error={setting.error ?? error} />
      {setting.data && months === null && <p className="banner banner--info">{t('retention.noPeriod')}</p>}
      {months !== null && <p>{t('retention.intro', { period: t(`retention.period_${months}`) })}</p>}
      <p role="status">{notice}</p>
      {items && items.length === 0 && months !== null && <p className="muted">{t('retention.empty')}</p>}
      {items && items.length > 0 && (
        <table className="table audits-table" ref={tableRef}>
          <AuditTableHead last={t('retention.title')} />
          <tbody>
            {items.map((a, i) => (
              <RetentionRow
                key={a.id}
                audit={a}
                onKeep={() => void keep(a, i)}
                onErase={() => setErasing({ subject: subjectOf(a), what: 'audit' })}
              />
            ))}
          </tbody>
        </table>
      )}
      {next && (
        <p>
          <button type="button" className="btn" onClick={() => void showMore()}>
            {t('home.showMore')}
          </button>
        </p>
      )}
      <EraseDialog request={erasing} onClose={() => setErasing(null)} onErased={onErased} />
    </section>
  );
}

/** One audit past the period: what the home list shows, with "Bewaren" and "Wissen…". */
function RetentionRow({
  audit: a,
  onKeep,
  onErase,
}: {
  audit: AuditListItem;
  onKeep: () => void;
  onErase: () => void;
}) {
  const { t, i18n } = useTranslation();
  const date = formatDate(a.auditDate, i18n.language);
  return (
    <tr>
      <td className="mono nowrap">
        <UserText>{a.dossierCode}</UserText>
      </td>
      <td className="nowrap">{date}</td>
      <td>
        <UserText>{a.consultant.name}</UserText> · <UserText>{a.reviewer.name}</UserText>
      </td>
      <td>
        <span className={`status status--${shownStatus(a.status)}`}>{t(`status.${shownStatus(a.status)}`)}</span>
        {a.archived && <div className="muted small">{t('retention.archivedTag')}</div>}
      </td>
      <td className="nowrap">
        <button
          type="button"
          className="btn btn--small"
          data-keep=""
          aria-label={t('retention.keepLabel', { code: a.dossierCode, date })}
          onClick={onKeep}
        >
          {t('retention.keep')}
        </button>{' '}
        <button
          type="button"
          className="btn btn--small"
          aria-label={t('retention.eraseLabel', { code: a.dossierCode, date })}
          onClick={onErase}
        >
          {t('retention.erase')}
        </button>
      </td>
    </tr>
  );
}

/** What the erase confirmation names; only the audit itself is offered here, never its case file. */
const subjectOf = (a: AuditListItem) => ({
  id: a.id,
  caseFileId: 0,
  dossierCode: a.dossierCode,
  auditDate: a.auditDate,
  status: a.status,
  consultantName: a.consultant.name,
  reviewerName: a.reviewer.name,
});
