import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALUE_FACETS } from '../articles/value-facets';
import { isFileAddress, KNOWN_FILES, knownPage } from './known-pages';

const ID = 'abcdefghjkmn';

describe('knownPage', () => {
  it('knows the reading-room pages', () => {
    expect(knownPage([])).toEqual({ kind: 'page' });
    expect(knownPage(['compare'])).toEqual({ kind: 'page' });
    for (const facet of VALUE_FACETS) expect(knownPage(['facets', facet])).toEqual({ kind: 'page' });
    expect(knownPage(['articles', ID])).toEqual({ kind: 'article', id: ID });
    expect(knownPage(['articles', ID, 'a-slug'])).toEqual({ kind: 'article', id: ID });
  });

  it('knows the admin pages', () => {
    for (const page of [[], ['articles'], ['audit'], ['login'], ['upload']])
      expect(knownPage(['admin', ...page])).toEqual({ kind: 'page' });
    expect(knownPage(['admin', 'articles', ID, 'edit'])).toEqual({ kind: 'page' });
  });

  it('calls the bench floor missing unless its setting is on', () => {
    delete process.env.READING_ROOM_BENCH_FLOOR;
    expect(knownPage(['bench-floor'])).toEqual({ kind: 'missing' });
    process.env.READING_ROOM_BENCH_FLOOR = '1';
    expect(knownPage(['bench-floor'])).toEqual({ kind: 'page' });
    delete process.env.READING_ROOM_BENCH_FLOOR;
  });

  it('calls everything else missing', () => {
    for (const segments of [
      ['nothing'],
      ['missing'],
      ['compare', 'x'],
      ['facets'],
      ['facets', 'date'],
      ['facets', 'pair', 'x'],
      ['articles'],
      ['articles', 'not-an-id'],
      // i, l, o and u are not in the id alphabet.
      ['articles', 'abcdefghijkl'],
      ['admin', 'nothing'],
      ['admin', 'articles', ID],
      ['admin', 'articles', ID, 'edit', 'more'],
      ['admin', 'articles', 'bad', 'edit'],
    ]) {
      expect(knownPage(segments), segments.join('/')).toEqual({ kind: 'missing' });
    }
  });

  it('knows every page under app/[locale]', () => {
    // The bench's floor page is a page only while its setting is on.
    process.env.READING_ROOM_BENCH_FLOOR = '1';
    const root = path.resolve(__dirname, '../../app/[locale]');
    const pages: string[] = [];
    const walk = (folder: string, route: string[]) => {
      for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(path.join(folder, entry.name), [...route, entry.name]);
        else if (entry.name === 'page.tsx') pages.push(route.join('/'));
      }
    };
    walk(root, []);
    // A sample address for each page folder: dynamic segments filled in, optional ones left out.
    const sample = (route: string) =>
      route
        .split('/')
        .filter((segment) => segment !== '' && !segment.startsWith('[['))
        .map((segment) => (segment === '[id]' ? ID : segment === '[facet]' ? 'pair' : segment));
    for (const route of pages) {
      // The catch-all and the not-found page are where missing addresses go.
      if (route === '[...rest]' || route === 'missing') continue;
      expect(knownPage(sample(route)).kind, route || '(home)').not.toBe('missing');
    }
    expect(pages.length).toBeGreaterThanOrEqual(10);
    delete process.env.READING_ROOM_BENCH_FLOOR;
  });
});

describe('file addresses', () => {
  it("tells file names from pages, machine endpoints and Next's own files", () => {
    for (const address of ['/favicon.ico', '/wp-login.php', '/en/x.png', '/icon.svg', '/a/b/.env'])
      expect(isFileAddress(address), address).toBe(true);
    for (const address of ['/', '/en', '/en/articles/abcdefghjkmn/a-slug', '/api/articles.csv', '/_next/static/x.js', '/_vercel/x.js'])
      expect(isFileAddress(address), address).toBe(false);
  });

  it('knows every metadata file in app/ and every file in public/', () => {
    const root = path.resolve(__dirname, '../..');
    const metadata = /^(?:icon|apple-icon|favicon|robots|sitemap|manifest|opengraph-image|twitter-image)\./;
    const served = fs.readdirSync(path.join(root, 'app')).filter((name) => metadata.test(name));
    const publicDir = path.join(root, 'public');
    if (fs.existsSync(publicDir)) served.push(...fs.readdirSync(publicDir));
    expect(served.length).toBeGreaterThan(0);
    expect(new Set(served.map((name) => `/${name}`))).toEqual(KNOWN_FILES);
  });
});
