import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The first admin, created by the admin e2e server from ADMIN_EMAIL/ADMIN_PASSWORD (scripts/e2e-server.ts). */
export const EMAIL = 'e2e-admin@example.org';
export const PASSWORD = 'e2e admin password 1';

/**
 * Signs in through the form. With the right credentials it waits for the upload page: admin.spec.ts's
 * lockout test slows every later sign-in from this address by up to 4 s (lib/auth/throttle.ts),
 * more than the default 5 s timeout leaves on a loaded machine.
 */
export async function signIn(page: Page, email = EMAIL, password = PASSWORD) {
  await page.goto('/en/admin/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (email === EMAIL && password === PASSWORD) await expect(page).toHaveURL(/\/en\/admin\/upload$/, { timeout: 15_000 });
}

/** Serious and critical accessibility violations on the page, as "rule: targets". */
export async function seriousViolations(page: Page): Promise<string[]> {
  const scan = await new AxeBuilder({ page }).analyze();
  return scan.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
