import { z } from 'zod';
import { vi } from '../messages/vi';
import { isIsoDate } from './dates';

/** Zod building blocks shared by every feature's schemas, with the catalogue's messages. */
export const recordId = z.uuid({ error: vi.field.invalid });

export const isoDate = z.string({ error: vi.field.invalidDate }).refine(isIsoDate, { error: vi.field.invalidDate });

/**
 * Characters nobody types and nobody can see: C0/C1 controls (NUL…) other than tab and line
 * breaks, format characters (U+202E turns text right-to-left, U+200B has no width, soft
 * hyphens, the byte-order mark…) and the Unicode line/paragraph separators. A name made of
 * them looks blank or reversed on screen and in printed lists; the combining accents of
 * decomposed Vietnamese text are marks, not format characters, and stay allowed.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const HIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\p{Cf}\u2028\u2029]/u;
export const hasHiddenCharacters = (text: string): boolean => HIDDEN_CHARACTERS.test(text);
const visible = { error: vi.field.hiddenCharacters };

// No schema-level `error` on these: in zod 4 it would replace the message of every
// check (a too-long name would read "required"); the router's error map covers them.
export const requiredText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: vi.field.required })
    .max(max)
    .refine((t) => !hasHiddenCharacters(t), visible);

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((t) => !hasHiddenCharacters(t), visible)
    .default('');

export const version = z.number({ error: vi.field.invalid }).int().positive();

export const sex = z.enum(['M', 'F'], { error: vi.field.required });

/**
 * A list input's paging, spread into its schema: the page, numbered from 1, and its size, at
 * most `max` rows. Each list keeps its own limit and default size.
 */
export const paging = (max: number, defaultSize: number) => ({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(max).default(defaultSize),
});

/** A list's search box: trimmed, at most 100 characters, '' when nothing is typed. */
export const searchText = z.string().trim().max(100).default('');
