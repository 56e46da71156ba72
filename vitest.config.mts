import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['electron/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/packaging/**/*.test.ts'],
    // better-sqlite3 is a native module: separate processes keep each test file's handles apart.
    pool: 'forks',
    testTimeout: 20_000,
  },
});
