import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3210);
// Admin specs change what is stored, so they get a server and database of their own and the
// reading-room specs keep their exact counts of the five seeded articles.
const ADMIN_PORT = Number(process.env.E2E_ADMIN_PORT ?? 3211);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // The HTML report keeps the attached screenshots of every page at both sizes (layout-screenshots.spec.ts).
  reporter: [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'desktop', testIgnore: /admin.*\.spec\.ts/, use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } },
    {
      name: 'admin',
      testMatch: /admin.*\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, baseURL: `http://127.0.0.1:${ADMIN_PORT}` },
    },
  ],
  webServer: [
    {
      command: 'npx tsx scripts/e2e-server.ts',
      url: `http://127.0.0.1:${PORT}/api/health`,
      // The demo set's nearest articles on one pair (PK-US, Dari 2024-07-05 and Arabic 2024-09-17) are
      // 74 days apart: the default ±14-day window would show no related coverage at all.
      env: { PORT: String(PORT), RELATED_WINDOW_DAYS: '90' },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe',
    },
    {
      command: 'npx tsx scripts/e2e-server.ts',
      url: `http://127.0.0.1:${ADMIN_PORT}/api/health`,
      // No corpus here (the synthetic demo set is loaded instead): the corpus files are what the admin uploads.
      env: {
        PORT: String(ADMIN_PORT),
        E2E_DATA_DIR: process.env.E2E_ADMIN_DATA_DIR ?? '.data/e2e-admin',
        EMBEDDED_PG_PORT: process.env.E2E_ADMIN_PG_PORT ?? '54340',
        CORPUS_DIR: '.data/no-corpus-for-admin-e2e',
      },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe',
    },
  ],
});
