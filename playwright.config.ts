import { defineConfig, devices } from '@playwright/test';

import { APP_PORT, APP_URL, EMULATOR_PORT, EMULATOR_URL } from './e2e/urls';

// Every test resets the one shared emulator, so tests run one at a time; the suite stays deterministic.
export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Generous for a busy 2-core CI machine: every wait is on a condition, so a quick machine never waits this long.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL: APP_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // Roster drops its animations for reduced motion, so no check ever sees a menu or dialog half faded.
    contextOptions: { reducedMotion: 'reduce' },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }],
  webServer: [
    {
      command: `npx tsx emulator/src/server.ts --port ${String(EMULATOR_PORT)} --db :memory: --test-mode --redirect-uri ${APP_URL}`,
      url: `${EMULATOR_URL}/__emulator/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
    },
    {
      // The production build, as deployed; config.json is pointed at the test emulator per test (e2e/fixtures.ts).
      command: `npx vite preview --port ${String(APP_PORT)} --strictPort`,
      url: APP_URL,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
