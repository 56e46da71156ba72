import { test as base } from '@playwright/test';
import { startWebServer, type RunningServer } from './web-server';

/** Every test gets its own browser-mode server on its own empty data folder. */
export const test = base.extend<{ server: RunningServer }>({
  // Playwright requires a destructuring pattern here even when no other fixture is used.
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await startWebServer();
    await use(server);
    await server.stop();
  },
});

export { expect } from '@playwright/test';
