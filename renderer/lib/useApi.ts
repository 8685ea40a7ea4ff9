/** Loads one API result for a screen, with loading and error state and a way to reload. */
import { useCallback, useEffect, useState } from 'react';
import { call } from '../api/client';
import type { Args, Operation, Results } from '../../shared/api/contract';

export function useApi<O extends Operation>(op: O, args: Args<O>, deps: unknown[] = []) {
  const [data, setData] = useState<Results[O] | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const key = JSON.stringify(args);
  const load = useCallback(async () => {
    setLoading(true);
    try {
      setData(await call(op, args));
      setError(null);
    } catch (err) {
      setError(err);
    } finally {
      setLoading(false);
    }
  }, [op, key, ...deps]);
  useEffect(() => {
    void load();
  }, [load]);
  return { data, error, loading, reload: load, setData };
}
