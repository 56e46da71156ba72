import { defineMethod } from '../../kernel/method';
import { registerIdInput, registerListInput, registerRegenerateInput, registerWithdrawInput } from './schema';
import * as register from './service';

/** The document register's API methods (spread into api/contract.ts). */
export const registerApi = {
  'documents.register.list': defineMethod(registerListInput, register.listRegister),
  'documents.register.get': defineMethod(registerIdInput, (ctx, input) => register.getRegisterEntry(ctx, input.id)),
  'documents.register.download': defineMethod(registerIdInput, (ctx, input) =>
    register.downloadRegisterEntry(ctx, input.id),
  ),
  'documents.register.regenerate': defineMethod(registerRegenerateInput, register.regenerateRegisterEntry),
  'documents.register.withdraw': defineMethod(registerWithdrawInput, register.withdrawRegisterEntry),
};
