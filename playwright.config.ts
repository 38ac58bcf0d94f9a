import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './e2e/browser';

const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  webServer: {
    // Tests run against the production build (`npm run build` comes first in `npm run test:e2e`).
    command: `node server.mjs`,
    // TRUST_PROXY: e2e/security.spec.ts stands in for a TLS proxy with X-Forwarded-Proto (HSTS).
    env: { PORT: String(PORT), TRUST_PROXY: '1' },
    url: `http://localhost:${PORT}/api/layers`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
