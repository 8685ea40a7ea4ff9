/** Loads one API result for a screen, with loading and error state and a way to reload. */
import { useCallback, useEffect, useState } from 'react';
import { call } from '../api/client';
import type { Args, Operation, Results } from '../../shared/api/contract';

export function useApi<O extends Operation>(op: O, args: Args<O>) {
  const [data, setData] = useState<Results[O] | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  // Each reload asks again; an answer that arrives after a newer request (or after unmounting) is dropped.
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(args);
  useEffect(() => {
    let current = true;
    call(op, JSON.parse(key) as Args<O>).then(
      (value) => {
        if (!current) return;
        setData(value);
        setError(null);
        setLoading(false);
      },
      (err: unknown) => {
        if (!current) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [op, key, generation]);
  const reload = useCallback(() => {
    setLoading(true);
    setGeneration((g) => g + 1);
  }, []);
  return { data, error, loading, reload, setData };
}
