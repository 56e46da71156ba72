import { z } from 'zod';
import { format, vi } from '../messages/vi';
import { recordId, requiredText, version } from '../shared/fields';
import { roles } from './roles';

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 200;

/** Letters without accents, digits, "." "_" "-": easy to type on any keyboard, stored lower-case. */
const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,32}$/, { error: vi.accounts.field.username });

/** Counted in characters after NFC (see password.ts), so "ệ" counts once however it was typed. */
const newPassword = z
  .string()
  .refine((value) => [...value.normalize('NFC')].length >= MIN_PASSWORD_LENGTH, {
    error: format(vi.accounts.field.passwordTooShort, { min: MIN_PASSWORD_LENGTH }),
  })
  .refine((value) => value.length <= MAX_PASSWORD_LENGTH, {
    error: format(vi.accounts.field.passwordTooLong, { max: MAX_PASSWORD_LENGTH }),
  });

const role = z.enum(roles, { error: vi.accounts.field.role });
const displayName = requiredText(120);

/**
 * Login takes any text: the name's format is not checked (an unknown or badly typed name gets
 * the same answer as a wrong password), and old passwords shorter than today's rule still work.
 */
export const loginInput = z.strictObject({
  username: z.string().trim().toLowerCase().min(1).max(100),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

export const setupAdminInput = z.strictObject({ username, displayName, password: newPassword });
export const accountListInput = z.strictObject({});
export const accountCreateInput = z.strictObject({ username, displayName, role, password: newPassword });
export const accountUpdateInput = z.strictObject({
  id: recordId,
  version,
  displayName: displayName.optional(),
  role: role.optional(),
});
/** Unlocking and resetting a password are safe whatever changed meanwhile, so they take no version. */
export const accountUnlockInput = z.strictObject({ id: recordId });
export const accountResetPasswordInput = z.strictObject({ id: recordId, password: newPassword });
export const accountDisableInput = z.strictObject({ id: recordId, version, disabled: z.boolean().default(true) });

export const sessionInput = z.strictObject({});
/** 'idle': the window locked itself after the office's idle time. */
export const logoutInput = z.strictObject({ reason: z.enum(['user', 'idle']).default('user') });
export const changeOwnPasswordInput = z.strictObject({
  currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  newPassword,
});
export const securitySettingsInput = z.strictObject({
  idleLockMinutes: z
    .number({ error: vi.accounts.field.idleLockMinutes })
    .int({ error: vi.accounts.field.idleLockMinutes })
    .min(0, { error: vi.accounts.field.idleLockMinutes })
    .max(480, { error: vi.accounts.field.idleLockMinutes }),
});
