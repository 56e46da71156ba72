import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive browser mode in Debian's Chromium (Playwright cannot
 * download its own browser on our machines). Each test starts its own server on
 * a fresh data folder (see test/e2e/support/fixtures.ts).
 */
/**
 * The office's clock: the browser (timezoneId below), the test process and the browser-mode server it
 * starts (which inherits this environment) all keep Vietnam's time, as on an office PC. With the server
 * on the machine's UTC, "today" differed between the screen and the core from 17:00 to 24:00 UTC, and a
 * date typed as today could be refused as in the future.
 */
process.env.TZ = 'Asia/Ho_Chi_Minh';

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  // One at a time: each test runs its own server and browser, and on our 2-core machines two of them
  // starve each other (antd's opening animations then swallow clicks now and then).
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.test-output/e2e.json' }]],
  use: {
    headless: true,
    viewport: { width: 1400, height: 900 },
    locale: 'vi-VN',
    // The program then turns antd's animations off (renderer/src/main.tsx): no click lands mid-zoom.
    contextOptions: { reducedMotion: 'reduce' },
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'off',
    screenshot: 'only-on-failure',
    // A stuck action fails naming its locator instead of running into the test timeout.
    actionTimeout: 15_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
