import { defineConfig } from '@playwright/test';

const isCi = !!process.env.CI;

// One time zone for the runner, its workers and the browsers they start (they inherit it): what a test expects
// (a helpdesk zone that is not the agent's own, local times on the dashboard) must not depend on the machine's.
process.env.TZ = 'UTC';

// End-to-end tests drive the BUILT extension (.output/chrome-mv3) in Chromium; build it first (`npm run build`).
// Pages are fixtures served at the real sites' URLs by test/e2e/harness.ts, so no web server is needed and no test
// reaches the network.
export default defineConfig({
  testDir: 'test/e2e',
  // Each test launches its own persistent Chromium profile (extensions need one); two cores take two at a time.
  workers: 2,
  fullyParallel: true,
  forbidOnly: isCi,
  retries: isCi ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: 'list',
  outputDir: process.env.RW_OUTPUT_DIR ? `${process.env.RW_OUTPUT_DIR}/test-results` : 'test-results',
  use: {
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
  },
});
