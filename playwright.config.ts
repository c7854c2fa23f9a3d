import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  // One persistent Chromium per worker; two cores on CI.
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  webServer: {
    command: 'npx tsx scripts/serve.ts',
    url: 'http://127.0.0.1:4173/',
    env: { PORT: '4173' },
    reuseExistingServer: !process.env.CI,
  },
  use: { baseURL: 'http://127.0.0.1:4173' },
});
