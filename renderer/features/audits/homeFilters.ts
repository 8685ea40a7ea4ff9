/**
 * The home list's search and filters as the form holds them (strings, '' for "all"), and the arguments they give
 * listAuditPage. Typed text reaches the list after a short pause (useDebounced), not at every key.
 */
import { useEffect, useState } from 'react';
import type { AuditSort, AuditStatusFilter } from '../../../shared/domain/auditList';
import type { Service } from '../../../shared/domain/model';

export interface HomeFilterValues {
  query: string;
  status: AuditStatusFilter | '';
  personId: string;
  year: string;
  service: Service | '';
  region: string;
  sort: AuditSort;
  /** "Ook gearchiveerde tonen" (a search finds archived audits anyway). */
  includeArchived: boolean;
}

export const NO_FILTERS: HomeFilterValues = {
  query: '',
  status: '',
  personId: '',
  year: '',
  service: '',
  region: '',
  sort: 'newest',
  includeArchived: false,
};

/** True when something narrows the list (the order alone does not). */
export const isFiltered = (f: HomeFilterValues): boolean =>
  Boolean(f.query.trim() || f.status || f.personId || f.year || f.service || f.region.trim() || f.includeArchived);

/** The listAuditPage arguments for these values: only what is set. */
export function filterArgs(f: HomeFilterValues) {
  return {
    ...(f.query.trim() ? { query: f.query.trim() } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.personId ? { personId: Number(f.personId) } : {}),
    ...(f.year ? { year: Number(f.year) } : {}),
    ...(f.service ? { service: f.service } : {}),
    ...(f.region.trim() ? { region: f.region.trim() } : {}),
    ...(f.sort === 'oldest' ? { sort: f.sort } : {}),
    ...(f.includeArchived ? { includeArchived: true } : {}),
  };
}

/** `value`, once it has not changed for `ms` milliseconds. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The years the year filter offers: this year back to 2010, newest first. */
export const filterYears = (now = new Date()): number[] =>
  Array.from({ length: now.getFullYear() - 2009 }, (_, i) => now.getFullYear() - i);
