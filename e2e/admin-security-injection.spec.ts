import { expect, test, type Page } from '@playwright/test';
import { INJECTIONS } from './support/injections';
import { signIn } from './support/admin';

// The admin endpoints with hostile bodies: every field and every shape that is not what the
// endpoint reads is refused with a 4xx and a sentence, and nothing is stored. Runs on the
// admin server; what it stores is under the pairs FI-DK and LV-LT (tests here may run at once).
const FIELDS = [
  'title',
  'language',
  'direction',
  'publishedAt',
  'datePrecision',
  'dateText',
  'source',
  'author',
  'pairA',
  'pairB',
  'countries',
];

const text = (n: number) =>
  [
    `Finland and Denmark review security cooperation ${n}`,
    '',
    `Officials from Finland and Denmark met in Helsinki for round ${n} of talks on counterterrorism and information sharing.`,
    '',
    'They agreed to hold joint exercises next year and to share more intelligence on cross-border threats.',
  ].join('\n');
const file = (n: number, name = `fi-dk-${n}.txt`) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text(n), 'utf8') });

test('the upload endpoints refuse what they do not read, with a 4xx and a sentence, and store nothing', async ({ page }) => {
  test.slow();
  await signIn(page);
  // Counted under this spec's own pair: other admin specs publish on the same server meanwhile.
  const count = async () => (await (await page.request.get('/api/articles?pair=DK-FI')).json()).total as number;
  const before = await count();
  let stored = 0;
  const post = (url: string, options: Parameters<Page['request']['post']>[1]) => page.request.post(url, options);

  const cases: [string, Awaited<ReturnType<typeof post>>, number, RegExp][] = [
    [
      'unknown field',
      await post('/api/admin/publish', { multipart: { file: file(1), "title'; DROP TABLE article; --": 'x' } }),
      400,
      /^Unknown field: title'; DROP TABLE article; --\.$/,
    ],
    ['field on preview', await post('/api/admin/preview', { multipart: { file: file(1), title: 'x' } }), 400, /^Unknown field: title\.$/],
    ['no file', await post('/api/admin/publish', { multipart: { title: 'x' } }), 400, /^Send exactly one file in the field "file"\.$/],
    [
      'text in place of the file',
      await post('/api/admin/preview', { multipart: { file: 'not a file' } }),
      400,
      /^Send exactly one file in the field "file"\.$/,
    ],
    ['not multipart', await post('/api/admin/publish', { data: { file: 'x' } }), 415, /multipart\/form-data/],
    [
      'broken multipart',
      await post('/api/admin/publish', { headers: { 'content-type': 'multipart/form-data; boundary=x' }, data: '--x\r\nbroken' }),
      400,
      /could not be read/,
    ],
  ];
  for (const [label, response, status, message] of cases) {
    expect(response.status(), label).toBe(status);
    expect((await response.json()).error, label).toMatch(message);
  }

  // Injection strings in every correction field: refused as invalid, or stored as plain text.
  for (const field of FIELDS) {
    for (const value of INJECTIONS) {
      // The files differ only by their number, near duplicates of each other: published on purpose.
      const response = await post('/api/admin/publish', {
        multipart: {
          file: file(FIELDS.indexOf(field) * 100 + INJECTIONS.indexOf(value)),
          pairA: 'FI',
          pairB: 'DK',
          publishAnyway: 'yes',
          [field]: value,
        },
      });
      const label = `${field}=${value}`;
      expect([200, 400], label).toContain(response.status());
      const answer = await response.json();
      if (response.status() === 400)
        expect(
          answer.issues.map((issue: { field: string }) => issue.field),
          label,
        ).toContain(field === 'pairA' || field === 'pairB' ? 'countryPair' : field === 'countries' ? 'countriesMentioned' : field);
      else {
        expect(answer.status, label).toBe('published');
        stored++;
        const listing = await (await page.request.get(`/api/articles?pair=DK-FI&sort=date`)).json();
        const item = listing.items.find((entry: { id: string }) => entry.id === answer.id);
        if (field === 'source' || field === 'title') expect(item[field], label).toBe(value.trim());
      }
    }
  }
  // The refused requests stored nothing: exactly the accepted ones are there.
  expect(stored).toBeGreaterThan(0);
  expect(await count()).toBe(before + stored);
});

test('a file name with control characters and markup is stored cleaned, and answers are JSON that is never sniffed', async ({ page }) => {
  await signIn(page);
  const response = await page.request.post('/api/admin/publish', {
    multipart: {
      file: { name: 'report\u0000<script>x<\u0007script>.html', mimeType: 'text/html', buffer: Buffer.from(text(9999), 'utf8') },
      pairA: 'LV',
      pairB: 'LT',
    },
  });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/json/);
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['content-security-policy']).toMatch(/default-src 'none'/);
  const answer = await response.json();
  expect(answer.file).toBe('report<script>x<script>.html');
});

test('admin pages read hostile query parameters as nothing, never as a 5xx', async ({ page }) => {
  await signIn(page);
  for (const value of [...INJECTIONS, '99999999999999999999', '1e308', '-1', '9223372036854775808']) {
    for (const path of ['/en/admin/articles?page=', '/en/admin/audit?before=', '/en/admin/audit?article=', '/en/admin/login?next=']) {
      const response = await page.request.get(`${path}${encodeURIComponent(value)}`);
      expect(response.status(), `${path}${value}`).toBe(200);
    }
  }
});
