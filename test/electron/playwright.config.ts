import { defineConfig } from '@playwright/test';

/**
 * The Electron smoke test, kept apart from the browser-mode e2e suite (../../playwright.config.ts): it launches the
 * real shell, which needs Electron's binary. Where that binary was never downloaded (our build machines) the test
 * prints one line and is skipped. `npm test` runs this config after the e2e tests.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/electron',
  timeout: 60_000,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '../../.test-output/electron.json' }]],
});
