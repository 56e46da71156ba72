import type { z } from 'zod';
import { format, vi } from '../messages/vi';

export type ErrorCode = keyof typeof vi.errors;

/** Field path (dot-joined, e.g. "signers.0.name") → Vietnamese message. */
export type FieldErrors = Record<string, string>;

export interface ApiErrorShape {
  code: string;
  message: string;
  fieldErrors?: FieldErrors;
}

/** The one error type handlers throw: a stable code for programs, Vietnamese text for people. */
export class ApiError extends Error {
  readonly code: string;
  readonly fieldErrors: FieldErrors | undefined;

  constructor(code: string, message: string, fieldErrors?: FieldErrors) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.fieldErrors = fieldErrors;
  }

  static of(code: ErrorCode, values?: Record<string, string | number>, fieldErrors?: FieldErrors) {
    return new ApiError(code, format(vi.errors[code], values), fieldErrors);
  }

  /** A form error on one or more fields, reported as VALIDATION_FAILED unless another code is given. */
  static fields(fieldErrors: FieldErrors, code: string = 'VALIDATION_FAILED', message?: string) {
    return new ApiError(code, message ?? vi.errors.VALIDATION_FAILED, fieldErrors);
  }

  toJSON(): ApiErrorShape {
    return this.fieldErrors
      ? { code: this.code, message: this.message, fieldErrors: this.fieldErrors }
      : { code: this.code, message: this.message };
  }
}

/** The record a find returned, or NOT_FOUND when there is none (a stale link, a deleted row). */
export function mustExist<T>(found: T | null | undefined): T {
  if (found === null || found === undefined) throw ApiError.of('NOT_FOUND');
  return found;
}

/**
 * After an optimistic-lock update (the repositories return false when the row's version has moved
 * on): someone else saved first, so the user reloads instead of overwriting their change.
 */
export function mustBeCurrent(updated: boolean): void {
  if (!updated) throw ApiError.of('CONFLICT_VERSION');
}

/**
 * Vietnamese text for zod's built-in checks, passed to every parse as its error map.
 * A schema's own message (set with `{ error: vi.field.… }`) takes precedence over this.
 */
export function vietnameseIssueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? vi.field.required : vi.field.invalid;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return vi.field.required;
      if (issue.origin === 'number' || issue.origin === 'int')
        return format(vi.field.tooSmall, { min: Number(issue.minimum) });
      return vi.field.invalid;
    case 'too_big':
      if (issue.origin === 'string') return format(vi.field.tooLong, { max: Number(issue.maximum) });
      if (issue.origin === 'number' || issue.origin === 'int')
        return format(vi.field.tooBig, { max: Number(issue.maximum) });
      return vi.field.invalid;
    case 'unrecognized_keys':
      return format(vi.field.unknownField, { name: issue.keys.join(', ') });
    default:
      return vi.field.invalid;
  }
}

/** Turns zod's issues into our field errors; the first issue per field is the one shown. */
export function fromZodError(error: z.ZodError): ApiError {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const keyPath = path === '_' ? key : `${path}.${key}`;
        fieldErrors[keyPath] ??= format(vi.field.unknownField, { name: key });
      }
      continue;
    }
    fieldErrors[path] ??= issue.message;
  }
  return ApiError.fields(fieldErrors);
}
