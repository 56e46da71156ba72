import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createSessionGate, isLoginMethod, isLogoutMethod } from '../core/accounts/sessions';
import { nodeKeyHost } from '../cli/key-host';
import { terminalPrompt } from '../cli/prompt';
import { createCore } from '../core/app-core';
import { unlockDataKey } from '../core/encryption/unlock';
import { vi } from '../core/messages/vi';
import { ApiError } from '../core/kernel/errors';
import { startAutoBackups } from '../core/backup/auto';
import { networkPathWarning } from '../core/backup/network-path';
import { demoAccountsLine } from '../core/demo/demo-accounts';
import { seedDemoOffice } from '../core/demo/seed-demo';
import type { Logger } from '../core/log/logger';
import { createApiServer } from './http-server';
import { listenOnWantedPort, readLastPort, writeLastPort } from './last-port';
import { openInBrowser } from './open-browser';
import { OptionsError, parseWebOptions } from './options';

/** dist-electron/electron/server/cli.js → project root → dist/renderer. */
const STATIC_DIR = path.resolve(__dirname, '..', '..', '..', 'dist', 'renderer');

/** "53 militiaUnits, 158 militiaMembers" from a seeder's counts. */
const counts = (of: Record<string, number>) =>
  Object.entries(of)
    .map(([what, count]) => `${count} ${what}`)
    .join(', ') || 'none';

async function main(): Promise<void> {
  const options = parseWebOptions(process.argv.slice(2), process.env);
  // Plain Node has no OS key store: the data key is sealed with a passphrase (key-host.ts).
  const prompt = terminalPrompt();
  const unlocked = await unlockDataKey(options.dataDir, nodeKeyHost(process.env, prompt.ask)).finally(() =>
    prompt.close(),
  );
  if (unlocked.migrated) console.log(vi.encryption.migrated);
  const core = createCore({ dataDir: options.dataDir, key: unlocked.key });
  if (options.demo) {
    const result = seedDemoOffice(core.context);
    console.log(
      result.seeded
        ? `Demo office created: ${result.localities} localities, ${result.people} people, ` +
            `${result.campaigns} conscription campaigns with ${result.conscriptionRecords} records. ` +
            `Forces: ${counts(result.forces)}. Drills: ${counts(result.drills)}. History: ${counts(result.history)}.`
        : 'Database is not empty: demo data not added.',
    );
    const accounts = await demoAccountsLine(core.context, result.seeded);
    if (accounts) console.log(accounts);
  }
  const dataDirWarning = networkPathWarning(options.dataDir);
  if (dataDirWarning) console.warn(dataDirWarning);
  // Start-up, daily and exit backups into <dataDir>/backups/auto (after seeding, so the demo is in the first one).
  const autoBackups = startAutoBackups(core.context);
  // A fresh secret each launch; it travels in the URL fragment, which browsers never send to servers or logs.
  const token = randomBytes(24).toString('base64url');
  // Every call runs as whoever logged in on that browser tab (nobody at first: the login screen).
  const sessions = createSessionGate(core.context, core.invokeWith);
  const server = createApiServer({
    invoke: sessions.invoke,
    isLoginMethod,
    isLogoutMethod,
    staticDir: STATIC_DIR,
    token,
    log: core.context.log,
  });
  keepServingAfterStrayErrors(core.context.log);
  // The same port as last time, so the browser finds each user's remembered screens (last-port.ts).
  const { port, movedFrom } = await listenOnWantedPort(
    server,
    options.port ?? readLastPort(options.dataDir),
    options.port !== undefined,
  );
  writeLastPort(options.dataDir, port);
  const url = `http://127.0.0.1:${port}/#token=${token}`;
  if (movedFrom !== undefined) {
    console.warn(
      `Port ${movedFrom} (used last time) is taken by another program: serving on ${port} instead. ` +
        'The screens start without the filters, pages and tabs remembered at the old address.',
    );
  }
  console.log(`QSĐP browser mode: ${url}`);
  console.log(`Data folder: ${options.dataDir}`);
  if (options.open) openInBrowser(url);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Stopping (${signal})…`);
    server.close();
    server.closeAllConnections();
    void autoBackups.stop().finally(() => {
      core.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

/**
 * The last line of defence: every request path already ends in a reply, but an error thrown from
 * a stray callback must not take the office's program (and a half-typed form) down with it. It is
 * logged by code and the server goes on; nothing in flight is committed half-way, because every
 * write runs in one SQLite transaction that an exception rolls back.
 */
function keepServingAfterStrayErrors(log: Logger): void {
  const note = (kind: string) => (error: unknown) => {
    log.error('process.uncaught', { kind, code: (error as NodeJS.ErrnoException)?.code ?? (error as Error)?.name });
    console.error(error);
  };
  process.on('uncaughtException', note('exception'));
  process.on('unhandledRejection', note('rejection'));
}

main().catch((error: unknown) => {
  if (error instanceof ApiError || error instanceof OptionsError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
