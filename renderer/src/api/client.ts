import type {
  ApiErrorShape,
  ApiInput,
  ApiMethodName,
  ApiOutput,
  ApiResult,
  FieldErrors,
} from '../../../electron/core/api/contract';
import { vi } from '../messages/vi';
import { sessionToken } from './session';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    qsdp?: {
      invoke(method: string, input: unknown): Promise<ApiResult>;
      /** The desktop's folder / file dialog; resolves with the path chosen, or null. */
      pick(kind: 'folder' | 'backupFile'): Promise<string | null>;
    };
  }
}

/** An API refusal, carrying the server's code, Vietnamese message and per-field errors. */
export class ApiCallError extends Error {
  readonly code: string;
  readonly fieldErrors: FieldErrors;

  constructor(shape: ApiErrorShape) {
    super(shape.message);
    this.code = shape.code;
    this.fieldErrors = shape.fieldErrors ?? {};
  }
}

async function overHttp(method: string, input: unknown): Promise<ApiResult> {
  const token = sessionToken();
  if (!token) return { ok: false, error: { code: 'AUTH_REQUIRED', message: vi.app.sessionMissing } };
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'NETWORK', message: vi.app.networkError } };
  }
  try {
    return (await response.json()) as ApiResult;
  } catch {
    return { ok: false, error: { code: 'NETWORK', message: vi.app.networkError } };
  }
}

/** Fired when the server says nobody is logged in here any more: the AuthGate then asks for the password. */
export const LOGIN_REQUIRED_EVENT = 'qsdp:login-required';

/** Calls one API method through whichever transport this window has; throws ApiCallError on refusal. */
export async function api<M extends ApiMethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const result = window.qsdp ? await window.qsdp.invoke(method, input) : await overHttp(method, input);
  if (!result.ok && result.error.code === 'LOGIN_REQUIRED') window.dispatchEvent(new Event(LOGIN_REQUIRED_EVENT));
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value as ApiOutput<M>;
}
