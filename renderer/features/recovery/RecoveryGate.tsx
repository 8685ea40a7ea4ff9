/**
 * Asks the backend once how the data file opened. Normally it shows the app; when the file could not be used
 * (damaged, not ours, from a newer version) it shows the recovery screen instead, until the user has chosen.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { StartupState } from '../../../shared/domain/storage';
import { call } from '../../api/client';
import { RecoveryScreen } from './RecoveryScreen';

export function RecoveryGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<StartupState | 'unknown' | 'loading'>('loading');
  const check = useCallback(async () => {
    try {
      setState(await call('getStartupState', {}));
    } catch {
      // A transport without this operation, or a hiccup: show the app, whose own screens report errors.
      setState('unknown');
    }
  }, []);
  useEffect(() => {
    void check();
  }, [check]);
  if (state === 'loading') return null;
  if (state !== 'unknown' && state.mode === 'recovery')
    return <RecoveryScreen state={state} onRecovered={() => void check()} />;
  return <>{children}</>;
}
