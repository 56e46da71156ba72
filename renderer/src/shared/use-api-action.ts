import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { showApiError } from './form-errors';

export interface ApiActionOptions<A extends unknown[], T> {
  /** A Vietnamese message shown on success (a toast); a function may pick it from the answer and the call's arguments, or give none. */
  success?: string | ((result: T, args: A) => string | null);
  /** After a success, with the answer and the call's arguments. */
  onSuccess?(result: T, args: A): void;
  /** After the action, whether it succeeded or not (e.g. reload the list it acted on). */
  onSettled?(): void;
  /**
   * The form the action saves: the core's field errors about these fields are put next to them;
   * any other refusal goes to `error`, for the banner above the form.
   */
  form?: { instance: FormInstance; fields: readonly string[] };
  /**
   * Where an error not tied to a field goes. 'banner': kept in `error` for the caller's Alert (the
   * default with a form, where a dialog has a place for it); 'message': a toast (the default
   * without one: a button in a table row or a toolbar has nowhere to put a banner).
   */
  errors?: 'banner' | 'message';
  /**
   * The refusal as the form should see it, before it is shown: e.g. a field the core names
   * differently from the form (a moment the form splits into a date and a time).
   */
  mapError?(caught: unknown): unknown;
}

export interface ApiAction<A extends unknown[], T> {
  /** Runs the action; resolves with its answer, or undefined when it was refused (already shown). */
  run(...args: A): Promise<T | undefined>;
  /** True while it runs: spin or disable the button that started it. */
  busy: boolean;
  /** The banner's message (only with errors: 'banner'), cleared when the action runs again. */
  error: string | null;
  clearError(): void;
}

/**
 * One way to call the API from a button or a form: busy while it runs, on success an optional
 * message and a callback, on a refusal the field errors next to their fields and any other error
 * in the banner (`error`) or a toast. The action is usually `(...) => api('feature.verb', ...)`.
 */
export function useApiAction<A extends unknown[], T>(
  action: (...args: A) => Promise<T>,
  options: ApiActionOptions<NoInfer<A>, NoInfer<T>> = {},
): ApiAction<A, T> {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run(...args: A): Promise<T | undefined> {
    const mode = options.errors ?? (options.form ? 'banner' : 'message');
    setBusy(true);
    setError(null);
    try {
      const result = await action(...args);
      const text = typeof options.success === 'function' ? options.success(result, args) : options.success;
      if (text) void message.success(text);
      options.onSuccess?.(result, args);
      return result;
    } catch (thrown) {
      const caught = options.mapError ? options.mapError(thrown) : thrown;
      const rest = options.form
        ? showApiError(options.form.instance, caught, options.form.fields)
        : caught instanceof Error
          ? caught.message
          : String(caught);
      if (rest !== null) {
        if (mode === 'banner') setError(rest);
        else void message.error(rest);
      }
      return undefined;
    } finally {
      setBusy(false);
      options.onSettled?.();
    }
  }

  return { run, busy, error, clearError: () => setError(null) };
}
