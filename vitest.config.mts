import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          include: ['electron/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/packaging/**/*.test.ts'],
          // better-sqlite3 is a native module: separate processes keep each test file's handles apart.
          pool: 'forks',
          testTimeout: 20_000,
        },
      },
      {
        // Component tests: the renderer's screens in jsdom over a real core in the same process.
        plugins: [react()],
        test: {
          name: 'renderer',
          include: ['renderer/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['renderer/test/setup.ts'],
          // The core under the screens opens SQLite through the native driver, as above.
          pool: 'forks',
          // jsdom's style lookups make a screen test slow on a loaded machine: room enough, never a sleep.
          testTimeout: 90_000,
        },
      },
    ],
  },
});
