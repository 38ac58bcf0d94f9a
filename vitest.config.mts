import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['lib/**/*.test.ts', 'app/**/*.test.ts', 'geo/**/*.test.ts', 'components/**/*.test.ts'],
    exclude: ['node_modules/**', 'geo/build/**'],
    environment: 'node',
    testTimeout: 20000,
  },
});
