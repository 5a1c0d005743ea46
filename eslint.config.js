import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// lib/ is pure TypeScript that tests in plain Node: no extension APIs and no browser globals; the DOM comes in as
// parameters. lib/platform/ is the one fenced place that may call browser.* (see STYLE.md).
const LIB_FORBIDDEN_GLOBALS = ['window', 'document', 'location', 'navigator', 'chrome', 'browser', 'localStorage', 'sessionStorage', 'indexedDB', 'history', 'self', 'top', 'parent', 'frames', 'alert'].map(
  (name) => ({ name, message: `lib/ takes ${name} as a parameter instead of using the global (STYLE.md).` }),
);
const LIB_FORBIDDEN_IMPORTS = {
  paths: [
    { name: 'wxt/browser', message: 'Extension APIs belong in entrypoints/ or lib/platform/.' },
    { name: 'webextension-polyfill', message: 'Extension APIs belong in entrypoints/ or lib/platform/.' },
    { name: '#imports', message: 'WXT auto-imports belong in entrypoints/.' },
  ],
  patterns: [{ group: ['wxt/utils/*', '@wxt-dev/*'], message: 'WXT utilities belong in entrypoints/ or lib/platform/.' }],
};

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['lib/**/*.{ts,tsx}'],
    ignores: ['lib/platform/**'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-globals': ['error', ...LIB_FORBIDDEN_GLOBALS],
      'no-restricted-imports': ['error', LIB_FORBIDDEN_IMPORTS],
      'no-restricted-syntax': ['error', { selector: "MemberExpression[object.name='globalThis']", message: 'lib/ does not reach for globals.' }],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', { name: 'browser', message: 'Components get data and actions through props.' }, { name: 'chrome', message: 'Components get data and actions through props.' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'wxt/browser', message: 'Components get data and actions through props.' }, { name: 'dexie', message: 'Components get data and actions through props.' }] }],
    },
  },
);
