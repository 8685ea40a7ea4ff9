/**
 * Asks the backend once how the data file opened. Normally it shows the app; when the file could not be used
 * (damaged, not ours, from a newer version) it shows the recovery screen instead, until the user has chosen.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { StartupState } from '../../../shared/domain/storage';
import { call } from '../../api/client';
import { useFocusOnShow } from '../../lib/focus';
import { KeyNotice } from './KeyNotice';
import { RecoveryScreen } from './RecoveryScreen';

let early: Promise<StartupState> | null = null;

/**
 * Asks for the startup state as soon as the app's script runs (renderer/main.tsx), not after the first render:
 * everything on the first screen waits for the answer. The gate's first check takes this answer.
 */
export function askStartupStateEarly(): void {
  early = call('getStartupState', {});
  early.catch(() => {}); // answered where it is used
}

/** `keyNotice`: this screen may carry the notice about a new key (the home screen). */
export function RecoveryGate({ children, keyNotice = false }: { children: ReactNode; keyNotice?: boolean }) {
  const [state, setState] = useState<StartupState | 'unknown' | 'loading'>('loading');
  // Asked again after the user recovered (restored a backup, started fresh or opened another file).
  const [checks, setChecks] = useState(0);
  useEffect(() => {
    let current = true;
    const asked = checks === 0 && early ? early : call('getStartupState', {});
    early = null;
    asked.then(
      (s) => current && setState(s),
      // A transport without this operation, or a hiccup: show the app, whose own screens report errors.
      () => current && setState('unknown'),
    );
    return () => {
      current = false;
    };
  }, [checks]);
  // After recovering (a backup restored, a fresh start, the file unlocked), the app's screen takes the focus.
  const recovered = checks > 0 && state !== 'loading' && (state === 'unknown' || state.mode === 'ok');
  useFocusOnShow(() => document.querySelector<HTMLElement>('main h1'), checks, recovered);
  if (state === 'loading') return null;
  if (state !== 'unknown' && state.mode === 'recovery')
    return <RecoveryScreen state={state} onRecovered={() => setChecks((n) => n + 1)} />;
  return (
    <>
      {keyNotice && state !== 'unknown' && state.key?.notice && <KeyNotice />}
      {children}
    </>
  );
}
