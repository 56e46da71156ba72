import type { z } from 'zod';
import type { ApiContext } from './context';
import type { ApiErrorShape } from './errors';

/** One API method: a zod schema for its input and a handler that gets the parsed value. */
export interface ApiMethod<S extends z.ZodType = z.ZodType, R = unknown> {
  input: S;
  run(ctx: ApiContext, input: z.output<S>): R | Promise<R>;
}

/** Declares a method with its input type inferred from the schema. */
export function defineMethod<S extends z.ZodType, R>(
  input: S,
  run: (ctx: ApiContext, input: z.output<S>) => R | Promise<R>,
): ApiMethod<S, R> {
  return { input, run };
}

/** What a call answers, through either transport: the handler's value or the refusal. */
export type ApiResult<T = unknown> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

/** The handler of a method whose input is one record's id: `defineMethod(personIdInput, byId(getPerson))`. */
export function byId<R>(handle: (ctx: ApiContext, id: string) => R) {
  return (ctx: ApiContext, input: { id: string }): R => handle(ctx, input.id);
}
