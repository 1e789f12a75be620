// The browser suite (tests/e2e/*.spec.ts): @playwright/test driving Debian's Chromium against the
// built app (`npm run test:e2e` builds dist/ first). Playwright's own browsers are never
// downloaded or used: every launch goes to CHROMIUM_PATH with the project's CHROMIUM_ARGS.
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium.mjs';

// A run without Chromium must fail and say what to install, not pass with nothing run.
if (!existsSync(CHROMIUM_PATH))
  throw new Error(
    `Chromium is missing at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH to a Chromium binary). The suite never downloads a browser.`,
  );

/** Where `vite preview` serves dist/ for the suite: loopback only; ATLAS_E2E_PORT moves it. */
const PORT = Number(process.env.ATLAS_E2E_PORT ?? 4300);
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  forbidOnly: true,
  retries: 0,
  // Two workers on the 2-core machine this was measured on took 30% less wall time than one (the
  // matrix and explore specs: 80 s against 114 s). Tests are independent (a fresh context each),
  // so they spread one by one, not file by file.
  workers: 2,
  fullyParallel: true,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    // The map's "Copy the config line" is read back from the clipboard.
    permissions: ['clipboard-read', 'clipboard-write'],
    viewport: { width: 1440, height: 900 },
    // What a failing test saw, in test-results/ (a trace too with --trace on).
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    // Never serve another checkout's build that happens to hold the port.
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
