/**
 * The renderer's only door to data: Electron's preload verbs when present, otherwise the loopback HTTP
 * bridge of the browser harness. Both answer with the same ApiResult.
 */
import type { Api, Args, Operation, Results } from '../../shared/api/contract';
import type { DesktopBridge, DesktopVerb, DesktopVerbs } from '../../shared/api/desktop';
import type { ApiError } from '../../shared/api/errors';
import { OPERATION_NAMES } from '../../shared/api/operations';

declare global {
  interface Window {
    /** Set by the Electron preload (electron/preload.ts); absent in the browser harness. */
    casusaudit?: DesktopBridge;
  }
}

const TOKEN_KEY = 'casusaudit.token';

/** The harness passes its per-run token in the URL fragment (never sent to a server); keep it for reloads. */
function harnessToken(): string {
  const m = /token=([\w-]+)/.exec(window.location.hash);
  if (m) {
    sessionStorage.setItem(TOKEN_KEY, m[1]!);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return m[1]!;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpApi(): Api {
  const token = harnessToken();
  const entries = OPERATION_NAMES.map((op) => [
    op,
    async (args: unknown) => {
      try {
        const body = JSON.stringify(args ?? {});
        const res = await fetch(`/api/${op}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-casusaudit-token': token },
          body,
          // keepalive lets a save started just before the page closes still arrive (browsers cap it at 64 KiB).
          keepalive: body.length < 60_000,
        });
        return await res.json();
      } catch {
        return { ok: false, error: { code: 'network' } };
      }
    },
  ]);
  return Object.fromEntries(entries) as Api;
}

let transport: Api | null = null;
export function setTransport(api: Api): void {
  transport = api;
}
function getTransport(): Api {
  if (!transport) transport = window.casusaudit ?? httpApi();
  return transport;
}

/** An API failure carried as an exception inside the renderer, translated where it is shown. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError | { code: 'network' }) {
    super(error.code);
  }
}

const succeeded = new Set<(op: Operation) => void>();

/** Hears of every API call that succeeded (e.g. to notice that an audit changed); returns the unsubscribe. */
export function onCallSucceeded(listener: (op: Operation) => void): () => void {
  succeeded.add(listener);
  return () => void succeeded.delete(listener);
}

export async function call<O extends Operation>(op: O, args: Args<O>): Promise<Results[O]> {
  const result = await getTransport()[op](args);
  if (!result.ok) throw new ApiCallError(result.error);
  for (const listener of succeeded) listener(op);
  return result.value;
}

export const isDesktop = (): boolean => typeof window !== 'undefined' && !!window.casusaudit;

/** One desktop-only verb (a dialog of Electron's main process), or undefined in the browser harness. */
export function desktopVerb<V extends DesktopVerb>(verb: V): DesktopVerbs[V] | undefined {
  return typeof window === 'undefined' ? undefined : window.casusaudit?.[verb];
}
