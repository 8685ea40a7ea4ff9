/** Loads one API result for a screen, with loading and error state and a way to reload. */
import { useCallback, useEffect, useState } from 'react';
import { call } from '../api/client';
import type { Args, Operation, Results } from '../../shared/api/contract';

export function useApi<O extends Operation>(op: O, args: Args<O>) {
  const [data, setData] = useState<Results[O] | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  // Each reload asks again; an answer that arrives after a newer request (or after unmounting) is dropped.
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(args);
  const request = `${op}\n${key}\n${generation}`;
  // Loading until the current request (operation, arguments, reload) has its answer.
  const [answered, setAnswered] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    call(op, JSON.parse(key) as Args<O>).then(
      (value) => {
        if (!current) return;
        setData(value);
        setError(null);
        setAnswered(request);
      },
      (err: unknown) => {
        if (!current) return;
        setError(err);
        setAnswered(request);
      },
    );
    return () => {
      current = false;
    };
  }, [op, key, request]);
  /** Asks again; `loading` is true until the answer is in (the previous data stays shown meanwhile). */
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, loading: answered !== request, reload, setData };
}
