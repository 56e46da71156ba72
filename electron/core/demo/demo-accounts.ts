import type { ApiContext } from '../kernel/context';
import * as repo from '../accounts/repository';
import { createAccount } from '../accounts/service';
import type { Role } from '../accounts/roles';
import { vi } from '../messages/vi';
import { listOfficePeriods } from '../office/service';
import { DEMO_OFFICE } from './places';

export interface DemoAccount {
  username: string;
  password: string;
  displayName: string;
  role: Role;
}

/**
 * One account per role for the demo office, printed when browser mode starts so a newcomer can
 * try each role. Only ever created by `--demo` on a database without accounts: a real office's
 * database never gets a default password (its administrator is created on the first-run screen).
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'quantri', password: 'demo-quantri', displayName: 'Nông Đức Quyết', role: 'admin' },
  { username: 'canbo', password: 'demo-canbo', displayName: 'Lý Thị Hằng', role: 'officer' },
  { username: 'chixem', password: 'demo-chixem', displayName: 'Hà Văn Tuấn', role: 'viewer' },
];

/** Creates the demo accounts when the database has none; returns the ones that exist by those names. */
async function seedDemoAccounts(ctx: ApiContext): Promise<DemoAccount[]> {
  if (repo.countAccounts(ctx.db) === 0) {
    // One after the other: each scrypt takes 128 MB for a moment.
    for (const { username, password, displayName, role } of DEMO_ACCOUNTS) {
      await createAccount(ctx, { username, password, displayName, role });
    }
  }
  return existingDemoAccounts(ctx);
}

/**
 * The start-up line naming the demo accounts: created now when the demo was just seeded; on later
 * starts listed again only for the demo office itself (a real office's database is never given one).
 */
export async function demoAccountsLine(ctx: ApiContext, justSeeded: boolean): Promise<string | null> {
  // The demo office's first period is the city command (its later one, the board, came in 2025).
  const isDemoOffice = listOfficePeriods(ctx)[0]?.name === DEMO_OFFICE.name;
  if (!justSeeded && !isDemoOffice) return null;
  const accounts = justSeeded ? await seedDemoAccounts(ctx) : existingDemoAccounts(ctx);
  if (accounts.length === 0) return null;
  const list = accounts.map((a) => `${a.username} / ${a.password} (${vi.accounts.roles[a.role]})`).join(', ');
  return `Demo accounts (user / password${justSeeded ? '' : ', unless changed since'}): ${list}.`;
}

function existingDemoAccounts(ctx: ApiContext): DemoAccount[] {
  return DEMO_ACCOUNTS.filter((account) => repo.findByUsername(ctx.db, account.username) !== null);
}
