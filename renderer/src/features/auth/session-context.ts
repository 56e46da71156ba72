import { createContext, useContext } from 'react';
import type { Account } from '../../../../electron/core/accounts/public-types';

/** Who is logged in on this window, provided by the AuthGate around the shell. */
export interface SessionInfo {
  account: Account;
  logout(): Promise<void>;
}

export const SessionContext = createContext<SessionInfo | null>(null);

export function useSession(): SessionInfo | null {
  return useContext(SessionContext);
}

/**
 * What the logged-in role may do, for hiding buttons a user could not use (the server refuses
 * them anyway: this is only so a viewer is not offered edits). Without a session — screens
 * rendered outside the AuthGate — nothing is hidden; the server still decides.
 */
export function useCan(): { edit: boolean; admin: boolean } {
  const session = useSession();
  if (!session) return { edit: true, admin: true };
  const role = session.account.role;
  return { edit: role === 'officer' || role === 'admin', admin: role === 'admin' };
}
