/**
 * The home list's pages: the first page on opening, the next one appended on "Show more" (listAuditPage). Only
 * what is shown is asked for, so the list opens as fast with 10,000 audits as with ten.
 */
import { useState } from 'react';
import { call } from '../../api/client';
import { useApi } from '../../lib/useApi';
import type { AuditListItem } from '../../../shared/domain/auditList';

export const HOME_PAGE_SIZE = 50;

export function useAuditPages() {
  const first = useApi('listAuditPage', { limit: HOME_PAGE_SIZE });
  const [more, setMore] = useState<{ items: AuditListItem[]; nextCursor: string | null; total: number } | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const items = first.data ? [...first.data.items, ...(more?.items ?? [])] : undefined;
  const nextCursor = more ? more.nextCursor : (first.data?.nextCursor ?? null);
  const total = more?.total ?? first.data?.total ?? 0;

  const showMore = async () => {
    if (!nextCursor || loadingMore) return;
    setLoadingMore(true);
    try {
      const page = await call('listAuditPage', { limit: HOME_PAGE_SIZE, cursor: nextCursor });
      setMore((m) => ({ items: [...(m?.items ?? []), ...page.items], nextCursor: page.nextCursor, total: page.total }));
      setMoreError(null);
    } catch (err) {
      setMoreError(err);
    } finally {
      setLoadingMore(false);
    }
  };

  return {
    items,
    total,
    hasMore: nextCursor !== null,
    showMore,
    loadingMore,
    error: first.error ?? moreError,
    loading: first.loading,
  };
}
