import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.ts'

/**
 * A fixed port of its own, so the tests never talk to a developer's `npm start` on 4173
 * (E2E_PORT moves it, for parallel checkouts on one machine).
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4317)

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}/`,
    // Debian's Chromium: Playwright never downloads a browser in this project.
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: {
    // Serves dist/: `npm run test:e2e` builds it first.
    command: 'node scripts/serve.mjs',
    env: { PORT: String(E2E_PORT) },
    url: `http://127.0.0.1:${E2E_PORT}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
})
