import { randomUUID } from 'node:crypto';

/** Stable record ids: random UUIDs as text, so records can later merge across offices. */
export function newId(): string {
  return randomUUID();
}

/** UTC timestamp for created_at / updated_at / audit rows. */
export function timestamp(now: Date): string {
  return now.toISOString();
}
