/**
 * The team view for a scope, asked a moment after the scope last changed (typing a date or flicking through a
 * select asks once, not per key). An answer for an older scope is dropped.
 */
import { useEffect, useState } from 'react';
import type { TeamView, TeamViewInput } from '../../../shared/domain/teamView';
import { call } from '../../api/client';

export const SCOPE_DELAY_MS = 250;

export function useTeamView(input: TeamViewInput | null) {
  const key = input ? JSON.stringify(input) : null;
  const [state, setState] = useState<{ key: string | null; view?: TeamView; error: unknown }>({
    key: null,
    error: null,
  });
  useEffect(() => {
    if (key === null) return;
    let current = true;
    const timer = setTimeout(() => {
      call('getTeamView', JSON.parse(key) as TeamViewInput).then(
        (view) => current && setState({ key, view, error: null }),
        (error: unknown) => current && setState((s) => ({ key, view: s.view, error })),
      );
    }, SCOPE_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);
  // The previous view stays shown while the next one loads; `loading` says it is not yet the current scope's.
  return { view: state.view, error: state.error, loading: key !== null && state.key !== key };
}
