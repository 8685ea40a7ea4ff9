/**
 * Dates on the home list: written out day first in both languages, with one Intl formatter per language made once
 * (making one costs about a millisecond; the home list formats a date on each of its 50 rows at every load).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate, formatDateTime } from '../../renderer/lib/format';

afterEach(() => vi.restoreAllMocks());

describe('formatDate', () => {
  it('writes the day out, Flemish and British', () => {
    expect(formatDate('2026-03-15', 'nl')).toBe('15 maart 2026');
    expect(formatDate('2026-03-15', 'en')).toBe('15 March 2026');
    expect(formatDate('', 'nl')).toBe('');
    expect(formatDate('geen datum', 'nl')).toBe('geen datum');
  });

  it('makes no new formatter for each row of a list', () => {
    formatDate('2020-01-01', 'nl');
    formatDateTime('2020-01-01T10:00:00Z', 'nl');
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    const days = Array.from({ length: 50 }, (_, i) => `2024-0${1 + (i % 9)}-${String(10 + (i % 18)).padStart(2, '0')}`);
    const shown = days.map((d) => formatDate(d, 'nl'));
    formatDateTime('2024-05-01T08:30:00Z', 'nl');
    expect(made).not.toHaveBeenCalled();
    expect(shown[0]).toBe('10 januari 2024');
    expect(new Set(shown).size).toBeGreaterThan(10);
  });
});
