import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS } from './scripts/chromiumArgs';

// Debian's Chromium where it exists (CI and the sandbox cannot download Playwright's browser);
// elsewhere Playwright's own build (`npx playwright install chromium`).
const systemChromium = '/usr/bin/chromium';
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [...CHROMIUM_ARGS],
    }
  : {};

const port = Number(process.env.E2E_PORT ?? 4173);
// Several builds may coexist on one machine: E2E_DIST serves another build folder than dist/.
const outDir = process.env.E2E_DIST ? ` --outDir ${process.env.E2E_DIST}` : '';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // One worker in CI: on a 2-core machine two workers doubled each journey's time (no gain) and
  // made timing-sensitive journeys slower than their limits.
  workers: process.env.CI ? 1 : 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions,
    viewport: { width: 1280, height: 800 },
    // Recording a trace (a DOM snapshot before and after every action) took about a third of
    // each journey's CPU on a 2-core machine, even when it was thrown away after a pass. In CI a
    // failed journey runs again (retries: 1) with the trace on; the first failure keeps its
    // screenshot and error. Locally (no retry) failures keep their trace as before.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    screenshot: process.env.CI ? 'only-on-failure' : 'off',
    // A fresh page would precache the whole build (tens of MB) in the background of every
    // journey; the built-page journeys (offline, CSP) allow the worker again.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1${outDir}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
