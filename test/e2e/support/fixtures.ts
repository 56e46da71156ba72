import { test as base, expect } from '@playwright/test';
import { startWebServer, type RunningServer } from './web-server';

/**
 * Every test gets its own browser-mode server on its own empty data folder, with the test's page
 * already logged in as the office's administrator (E2E_ADMIN). Tests of the login itself (the
 * first-run account, the demo accounts typed in) start their own server instead (`startWebServer`).
 */
export const test = base.extend<{ server: RunningServer }>({
  server: async ({ page }, use) => {
    const server = await startWebServer();
    await server.signIn(page);
    await use(server);
    await server.stop();
  },
});

/**
 * A test on the demo office (`--demo`): its own server on a fresh folder filled with the demo data,
 * the page logged in with the demo account of `demoRole` (the administrator unless the file says
 * `demoTest.use({ demoRole: 'officer' })`) and opened on the program, before the test starts. The
 * server must stop cleanly.
 */
export const demoTest = base.extend<{ demoRole: 'admin' | 'officer' | 'viewer'; demo: RunningServer }>({
  demoRole: ['admin', { option: true }],
  demo: [
    async ({ page, demoRole }, use) => {
      const server = await startWebServer(['--demo']);
      try {
        await server.signIn(page, demoRole);
        await page.goto(server.url);
        await use(server);
      } finally {
        expect(await server.stop()).toBe(0);
      }
    },
    { auto: true },
  ],
});

export { expect };
