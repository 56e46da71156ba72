import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layers from './eslint/layers.mjs';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-electron/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.test-output/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Only the thin shell may touch Electron: the core must run in plain Node and in tests.
    files: ['**/*.{ts,tsx,mts,mjs,js}'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/ipc*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only electron/main.ts, preload.ts and ipc*.ts may import electron.' }],
        },
      ],
      'no-restricted-modules': 'off',
    },
  },
  {
    // The renderer sees the core only through the contract's types; the shared vocabulary (vocabulary/)
    // it imports at run time like its own code.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer never imports electron.' },
            {
              // Searchable pickers fold accents with the core's rule (issue 19 §2): shared/SearchSelect and
              // shared/SuggestInput do it once for every screen.
              name: 'antd',
              importNames: ['AutoComplete', 'TreeSelect', 'Cascader'],
              message: 'Use SuggestInput or SearchSelect (renderer/src/shared): they match typed text without accents.',
            },
          ],
          patterns: [
            {
              group: ['**/electron/**', 'node:*', 'better-sqlite3-multiple-ciphers'],
              allowTypeImports: true,
              message: 'The renderer may import only types from the core contract.',
            },
          ],
        },
      ],
    },
  },
  {
    // Every searchable Select goes through SearchSelect: accent-free matching, an empty match that says so
    // and keeps the typed text. A Select that searches by itself (showSearch, or mode multiple/tags, which
    // always search) would match "Đức Xuân" only when typed with its accents.
    files: ['renderer/src/**/*.tsx'],
    ignores: ['renderer/src/shared/SearchSelect.tsx', 'renderer/**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "JSXOpeningElement[name.name='Select'] > JSXAttribute[name.name=/^(showSearch|filterOption|optionFilterProp|onSearch|searchValue|mode)$/]",
          message: 'A searchable Select is a SearchSelect (renderer/src/shared/SearchSelect.tsx): it folds accents.',
        },
      ],
    },
  },
  {
    // Component tests and their harness run a screen over a real core in the test process (the core
    // stands in for Electron's main process); the screens themselves still see only the contract's types.
    files: ['renderer/test/**/*.{ts,tsx}', 'renderer/**/*.test.tsx'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'The renderer never imports electron.' }] },
      ],
    },
  },
  {
    // The shared vocabulary runs in both processes: it imports nothing but itself (eslint/layers.mjs).
    files: ['vocabulary/**/*.ts'],
    plugins: { qsdp: layers },
    rules: { 'qsdp/plain-vocabulary': 'error' },
  },
  {
    // The layering of the core (eslint/layers.mjs).
    files: ['electron/core/**/*.ts'],
    plugins: { qsdp: layers },
    rules: { 'qsdp/no-api-below-features': 'error', 'qsdp/no-feature-below': 'error' },
  },
  {
    // Features meet through each other's faces (index.ts); a test may reach in to set a scene up.
    files: ['electron/core/**/*.ts'],
    ignores: ['**/*.test.ts', '**/test-*.ts'],
    plugins: { qsdp: layers },
    rules: { 'qsdp/no-feature-internals': 'error' },
  },
  {
    files: ['electron/**/*.ts', 'test/**/*.ts', 'scripts/**/*.mjs', 'eslint/**/*.mjs', '*.mjs', '*.mts', '*.ts'],
    languageOptions: { globals: globals.node },
  },
);
