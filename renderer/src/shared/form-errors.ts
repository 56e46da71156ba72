import type { FormInstance } from 'antd';
import { ApiCallError } from '../api/client';

/**
 * Puts the API's field errors next to their fields. Returns the message for a
 * banner when the error is not about fields the form shows.
 */
export function showApiError(form: FormInstance, error: unknown, fieldNames: readonly string[]): string | null {
  if (!(error instanceof ApiCallError)) return error instanceof Error ? error.message : String(error);
  const known = Object.entries(error.fieldErrors).filter(([name]) => fieldNames.includes(name.split('.')[0]!));
  form.setFields(
    known.map(([name, message]) => ({
      name: name.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      errors: [message],
    })),
  );
  return known.length === Object.keys(error.fieldErrors).length && known.length > 0 ? null : error.message;
}

/**
 * The API error with its field errors moved to the form's names for them (`{ coreName: formName }`),
 * for a form that shows a core field under another name (a moment split into a date and a time).
 */
export function renameFieldErrors(error: unknown, names: Readonly<Record<string, string>>): unknown {
  if (!(error instanceof ApiCallError)) return error;
  const fieldErrors = Object.fromEntries(
    Object.entries(error.fieldErrors).map(([name, message]) => [names[name] ?? name, message]),
  );
  return new ApiCallError({ code: error.code, message: error.message, fieldErrors });
}
