/**
 * The home list's pages: the first page on opening, the next one appended on "Show more" (listAuditPage). Only
 * what is shown is asked for, so the list opens as fast with 10,000 audits as with ten. New search or filter
 * arguments start again from their first page.
 */
import { useState } from 'react';
import { call } from '../../api/client';
import { useApi } from '../../lib/useApi';
import type { Args } from '../../../shared/api/contract';
import type { AuditListItem } from '../../../shared/domain/auditList';

export const HOME_PAGE_SIZE = 50;

type Filters = Omit<Args<'listAuditPage'>, 'limit' | 'cursor'>;
interface More {
  key: string;
  items: AuditListItem[];
  nextCursor: string | null;
  total: number;
}

export function useAuditPages(filters: Filters = {}) {
  const args = { limit: HOME_PAGE_SIZE, ...filters };
  const key = JSON.stringify(args);
  const first = useApi('listAuditPage', args);
  const [moreState, setMore] = useState<More | null>(null);
  const more = moreState?.key === key ? moreState : null;
  const [moreError, setMoreError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const items = first.data ? [...first.data.items, ...(more?.items ?? [])] : undefined;
  // While new arguments load, the old first page stays shown, but its cursor no longer applies.
  const nextCursor = first.loading ? null : more ? more.nextCursor : (first.data?.nextCursor ?? null);
  const total = more?.total ?? first.data?.total ?? 0;

  const showMore = async () => {
    if (!nextCursor || loadingMore) return;
    setLoadingMore(true);
    try {
      const page = await call('listAuditPage', { ...args, cursor: nextCursor });
      setMore((m) => ({
        key,
        items: [...(m?.key === key ? m.items : []), ...page.items],
        nextCursor: page.nextCursor,
        total: page.total,
      }));
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
