import { defineMethod } from '../api/method';
import { login, setupAdmin } from './login';
import {
  accountCreateInput,
  accountDisableInput,
  accountListInput,
  accountResetPasswordInput,
  accountUnlockInput,
  accountUpdateInput,
  loginInput,
  setupAdminInput,
} from './schema';
import * as accounts from './service';

/** The accounts feature's API methods (spread into api/contract.ts); who may call each: permissions.ts. */
export const accountsApi = {
  'accounts.setupAdmin': defineMethod(setupAdminInput, setupAdmin),
  'accounts.login': defineMethod(loginInput, login),
  'accounts.list': defineMethod(accountListInput, (ctx) => accounts.listAccounts(ctx)),
  'accounts.create': defineMethod(accountCreateInput, accounts.createAccount),
  'accounts.update': defineMethod(accountUpdateInput, accounts.updateAccount),
  'accounts.unlock': defineMethod(accountUnlockInput, accounts.unlockAccount),
  'accounts.resetPassword': defineMethod(accountResetPasswordInput, accounts.resetPassword),
  'accounts.disable': defineMethod(accountDisableInput, accounts.setDisabled),
};
