import { defineMethod } from '../kernel/method';
import { login, setupAdmin } from './login';
import {
  accountCreateInput,
  accountDisableInput,
  accountListInput,
  accountResetPasswordInput,
  accountUnlockInput,
  accountUpdateInput,
  changeOwnPasswordInput,
  loginInput,
  logoutInput,
  securitySettingsInput,
  sessionInput,
  setupAdminInput,
} from './schema';
import { changeOwnPassword, recordLogout, sessionState } from './own-account';
import { getSecuritySettings, updateSecuritySettings } from './security-settings';
import * as accounts from './service';

/** The accounts feature's API methods (spread into api/contract.ts); who may call each: permissions.ts. */
export const accountsApi = {
  'accounts.setupAdmin': defineMethod(setupAdminInput, setupAdmin),
  'accounts.login': defineMethod(loginInput, login),
  // The transports (accounts/sessions.ts) bind and unbind the window's session around these.
  'accounts.me': defineMethod(sessionInput, sessionState),
  'accounts.logout': defineMethod(logoutInput, (ctx, input) => recordLogout(ctx, input.reason)),
  'accounts.changeOwnPassword': defineMethod(changeOwnPasswordInput, changeOwnPassword),
  'accounts.security.get': defineMethod(sessionInput, (ctx) => getSecuritySettings(ctx)),
  'accounts.security.update': defineMethod(securitySettingsInput, updateSecuritySettings),
  'accounts.list': defineMethod(accountListInput, (ctx) => accounts.listAccounts(ctx)),
  'accounts.create': defineMethod(accountCreateInput, accounts.createAccount),
  'accounts.update': defineMethod(accountUpdateInput, accounts.updateAccount),
  'accounts.unlock': defineMethod(accountUnlockInput, accounts.unlockAccount),
  'accounts.resetPassword': defineMethod(accountResetPasswordInput, accounts.resetPassword),
  'accounts.disable': defineMethod(accountDisableInput, accounts.setDisabled),
};
