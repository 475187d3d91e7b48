import { expect, test, type APIResponse, type Page } from '@playwright/test';

// Headers every response must carry; the Content-Security-Policy is checked separately because
// pages and everything else get different ones.
function expectCommonHeaders(response: APIResponse) {
  const h = response.headers();
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  expect(h['x-frame-options']).toBe('DENY');
  // The e2e server is a production build (`next start`), where HSTS is on.
  expect(h['strict-transport-security']).toMatch(/^max-age=\d{7,}/);
}

function policy(response: APIResponse): Map<string, string[]> {
  const value = response.headers()['content-security-policy'];
  expect(value, 'Content-Security-Policy header').toBeTruthy();
  return new Map(
    value!.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

function expectClosedPolicy(response: APIResponse) {
  const csp = policy(response);
  expect(csp.get('default-src')).toEqual(["'none'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
}

test('a page gets a nonce policy whose nonce is on every script, fresh on every request', async ({ request }) => {
  const nonces: string[] = [];
  for (let i = 0; i < 2; i++) {
    const response = await request.get('/en');
    expect(response.status()).toBe(200);
    expectCommonHeaders(response);
    const csp = policy(response);
    const scripts = csp.get('script-src')!;
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    const nonce = /'nonce-([^']+)'/.exec(scripts.join(' '))?.[1];
    expect(nonce).toBeTruthy();
    nonces.push(nonce!);
    const html = await response.text();
    const tags = html.match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test('API answers, feeds, static files and 404s carry the headers too', async ({ request }) => {
  const page = await (await request.get('/en')).text();
  const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(page)?.[1];
  const script = /<script src="([^"]+)"/.exec(page)?.[1];
  expect(stylesheet).toMatch(/^\/_next\/static\//);
  expect(script).toMatch(/^\/_next\/static\//);

  for (const path of [
    '/api/articles',
    '/api/feed',
    '/api/articles/export',
    '/api/health',
    stylesheet!,
    script!,
    '/icon.svg',
    '/api/nothing-here',
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(path === '/api/nothing-here' ? 500 : 300);
    expectCommonHeaders(response);
    expectClosedPolicy(response);
  }

  // An unknown endpoint answers in JSON, as the known ones do.
  const unknownEndpoint = await request.get('/api/nothing-here');
  expect(unknownEndpoint.status()).toBe(404);
  expect((await unknownEndpoint.json()).error).toMatch(/no API endpoint at \/api\/nothing-here/);

  const missingPage = await request.get('/en/no-such-page');
  expect(missingPage.status()).toBe(404);
  expect(await missingPage.text()).toMatch(/<html lang="en" dir="ltr">[\s\S]*<h1[^>]*>Page not found<\/h1>/);
  expectCommonHeaders(missingPage);
  expect(policy(missingPage).get('script-src')).toContain("'strict-dynamic'");

  const missingFile = await request.get('/_next/static/chunks/no-such-file.js');
  expect(missingFile.status()).toBe(404);
  expectCommonHeaders(missingFile);
});

test('a path or query with broken percent-encoding gets a 400 with a sentence, not a 500', async ({ request }) => {
  for (const path of ['/en/%E0%A4%A', '/%ZZ', '/en/articles/abc/%E0', '/_next/static/%E0', '/en?q=%E0%A4', '/ar?pair=PK-US&q=%ZZ']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.text()).toMatch(/percent-encoding that does not decode/);
    expectCommonHeaders(response);
  }
  for (const path of ['/api/articles/%ZZ', '/api/articles?q=%ZZ', '/api/feed?pair=PK-US&q=%E0']) {
    const api = await request.get(path);
    expect(api.status(), path).toBe(400);
    expect((await api.json()).error).toMatch(/percent-encoding/);
  }
  // Well-formed encoding of the same characters is a search like any other.
  expect((await request.get('/en?q=%25E0')).status()).toBe(200);
  expect((await request.get(`/en?q=${encodeURIComponent('امنیت')}`)).status()).toBe(200);
});

function watchForViolations(page: Page, path: string): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    // A not-found page logs its own 404 status; nothing else may fail to load.
    const ownStatus = message.text().startsWith('Failed to load resource') && new URL(message.location().url).pathname === path;
    if ((message.type() === 'error' && !ownStatus) || /Content.Security.Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

for (const where of ['/en', '/ar?pair=PK-US', '/fa/no-such-page', '/en/admin/login', 'an article page']) {
  test(`${where} loads without a CSP violation and its client components work`, async ({ page, context, request }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const path =
      where === 'an article page' ? `/fa/articles/${(await (await request.get('/api/articles?lang=fa-AF')).json()).items[0].id}` : where;
    const problems = watchForViolations(page, path.split('?')[0]!);
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { __violations: string[] }).__violations ??= [];
        (window as unknown as { __violations: string[] }).__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await page.goto(path);
    if (path.startsWith('/en/admin')) {
      // The sign-in form is a client component: a wrong password answers without a reload.
      await page.getByLabel('E-mail address').fill('nobody@example.org');
      await page.getByLabel('Password').fill('not a password at all');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByTestId('login-error')).toBeVisible();
    } else if (path === '/fa/no-such-page') {
      await expect(page.locator('h1')).toBeVisible();
      // Hydrated: React has attached to the document.
      await expect.poll(() => page.evaluate(() => Object.keys(document.body).some((key) => key.startsWith('__react')))).toBe(true);
    } else if (where === 'an article page') {
      // The paragraph button copies a passage link and says so.
      await page.locator('button[data-passage-button="1"]').click();
      await expect(page.getByRole('status').filter({ hasText: /.+/ }).first()).toBeVisible();
    } else {
      const copy = page.locator('button[data-copy-link=""]').first();
      await copy.click();
      await expect(copy.locator('xpath=following-sibling::*[@role="status"]')).not.toBeEmpty();
    }
    expect(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])).toEqual([]);
    expect(problems).toEqual([]);
  });
}
