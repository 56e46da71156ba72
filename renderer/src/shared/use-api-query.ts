import { useCallback, useEffect, useState } from 'react';
import type { ApiInput, ApiMethodName, ApiOutput } from '../../../electron/core/api/contract';
import { App } from 'antd';
import { api, ApiCallError } from '../api/client';
import { vi } from '../messages/vi';
import { dropRefusedMemory } from './remembered';

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
 * A read refused as invalid because of a list's remembered filters (kept by an
 * earlier version of the program) drops them with a short notice and reads again
 * with the defaults instead of showing an error (see dropRefusedMemory).
 */
export function useApiQuery<M extends ApiMethodName>(method: M, input: ApiInput<M>): QueryState<ApiOutput<M>> {
  const key = JSON.stringify(input);
  const [generation, setGeneration] = useState(0);
  const request = `${method}|${key}|${generation}`;
  const [settled, setSettled] = useState<Settled<ApiOutput<M>>>({ request: '', data: undefined, error: null });
  // Memoised by antd's App (and a constant outside one), so it does not re-run the read.
  const { message } = App.useApp();

  useEffect(() => {
    let current = true;
    api(method, JSON.parse(key) as ApiInput<M>).then(
      (data) => current && setSettled({ request, data, error: null }),
      (error: Error) => {
        if (!current) return;
        const input: unknown = JSON.parse(key);
        // The defaults change the input of the list they fed, so another request follows and its
        // answer replaces this one; a read whose input does not change keeps its error as settled.
        if (error instanceof ApiCallError && error.code === 'VALIDATION_FAILED' && dropRefusedMemory(input))
          void message.info?.(vi.memory.reset);
        setSettled((s) => ({ request, data: s.data, error }));
      },
    );
    return () => {
      current = false;
    };
  }, [method, key, request, message]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const loading = settled.request !== request;
  // An error belongs to the request it answered: a newer one still loading shows no stale refusal.
  return { data: settled.data, error: loading ? null : settled.error, loading, reload };
}
