import { z } from 'zod';
import { defineMethod } from '../kernel/method';
import { confirmRecoveryKept, recoveryStatus, showRecoveryCode } from './recovery-service';

/** The data key's recovery code (encryption/recovery-code.ts); who may call each: accounts/permissions.ts. */
export const encryptionApi = {
  'encryption.recovery.status': defineMethod(z.strictObject({}), (ctx) => recoveryStatus(ctx)),
  'encryption.recovery.show': defineMethod(z.strictObject({ password: z.string().min(1).max(200) }), (ctx, input) =>
    showRecoveryCode(ctx, input.password),
  ),
  'encryption.recovery.kept': defineMethod(z.strictObject({}), (ctx) => confirmRecoveryKept(ctx)),
};
