import { useCallback, useEffect, useState } from 'react';
import type { ApiInput, ApiMethodName, ApiOutput } from '../../../electron/core/api/contract';
import { api } from '../api/client';

export interface QueryState<T> {
  data: T | undefined;
  loading: boolean;
  error: Error | null;
  reload(): void;
}

interface Settled<T> {
  request: string;
  data: T | undefined;
  error: Error | null;
}

/**
 * Runs an API read whenever its input changes (or on reload). Loading is
 * "the last settled answer is not for the current request", so no state is set
 * synchronously in the effect, and answers to superseded requests are dropped.
 */
export function useApiQuery<M extends ApiMethodName>(method: M, input: ApiInput<M>): QueryState<ApiOutput<M>> {
  const key = JSON.stringify(input);
  const [generation, setGeneration] = useState(0);
  const request = `${method}|${key}|${generation}`;
  const [settled, setSettled] = useState<Settled<ApiOutput<M>>>({ request: '', data: undefined, error: null });

  useEffect(() => {
    let current = true;
    api(method, JSON.parse(key) as ApiInput<M>).then(
      (data) => current && setSettled({ request, data, error: null }),
      (error: Error) => current && setSettled((s) => ({ request, data: s.data, error })),
    );
    return () => {
      current = false;
    };
  }, [method, key, request]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data: settled.data, error: settled.error, loading: settled.request !== request, reload };
}
