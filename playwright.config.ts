import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  // One persistent Chromium per worker. CI has two cores and also runs the
  // fixture server: one worker keeps timing-sensitive tests (hover dwell,
  // live updates) honest, and a retry shows a flake as "flaky" in the report
  // instead of failing the run.
  workers: process.env.CI ? 1 : 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  webServer: {
    command: 'npx tsx scripts/serve.ts',
    url: 'http://127.0.0.1:4173/',
    env: { PORT: '4173' },
    reuseExistingServer: !process.env.CI,
  },
  use: { baseURL: 'http://127.0.0.1:4173' },
});
