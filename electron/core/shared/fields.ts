import { z } from 'zod';
import { vi } from '../messages/vi';
import { isIsoDate } from './dates';

/** Zod building blocks shared by every feature's schemas, with the catalogue's messages. */
export const recordId = z.uuid({ error: vi.field.invalid });

export const isoDate = z.string({ error: vi.field.invalidDate }).refine(isIsoDate, { error: vi.field.invalidDate });

// No schema-level `error` on these: in zod 4 it would replace the message of every
// check (a too-long name would read "required"); the router's error map covers them.
export const requiredText = (max: number) => z.string().trim().min(1, { error: vi.field.required }).max(max);

export const optionalText = (max: number) => z.string().trim().max(max).default('');

export const version = z.number({ error: vi.field.invalid }).int().positive();

export const sex = z.enum(['M', 'F'], { error: vi.field.required });
