// ESLint: Next's rules (React, hooks, accessibility, imports), typescript-eslint, and the house's
// boundaries; formatting is Prettier's (.prettierrc), so eslint-config-prettier turns style rules off.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

const restrict = (patterns) => ['error', { patterns }];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  globalIgnores(['.next/**', 'geo/build/**', 'public/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // lib/ is the domain: it never reaches into the routes.
    files: ['lib/**'],
    rules: { 'no-restricted-imports': restrict([{ group: ['@/app/*', '**/app/*'], message: 'lib/ must not import app/.' }]) },
  },
  {
    // The browser's code never imports the server's stores (they read files and hold caches).
    files: ['components/**'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['@/lib/server/*', '**/lib/server/*', '@/lib/edge/*', '**/lib/edge/*'], message: 'lib/server and lib/edge are server-only.' },
      ]),
    },
  },
]);
