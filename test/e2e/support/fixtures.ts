import { test as base } from '@playwright/test';
import { startWebServer, type RunningServer } from './web-server';

/**
 * Every test gets its own browser-mode server on its own empty data folder, with the test's page
 * already logged in as the office's administrator (E2E_ADMIN). Tests of the login itself, or of
 * the demo office, start their own server instead (`startWebServer`, then `server.signIn`).
 */
export const test = base.extend<{ server: RunningServer }>({
  server: async ({ page }, use) => {
    const server = await startWebServer();
    await server.signIn(page);
    await use(server);
    await server.stop();
  },
});

export { expect } from '@playwright/test';
