import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../lib/db/client';
import { saveArticle } from '../../lib/articles/save';
import { createAdmin } from '../../lib/auth/admins';
import { createSession, SESSION_COOKIE } from '../../lib/auth/sessions';
import { ingested } from '../helpers/article-fixture';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

// The request a server action sees: its cookies and headers, set per test.
const request = vi.hoisted(() => ({ cookies: new Map<string, string>(), headers: new Map<string, string>() }));
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    set: (name: string, value: string) => void request.cookies.set(name, value),
  }),
  headers: async () => ({ get: (name: string) => request.headers.get(name.toLowerCase()) ?? null }),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
// next-intl's navigation helpers need Next's module resolution; a path is all the actions need.
vi.mock('../../lib/i18n/navigation', () => ({ getPathname: ({ locale }: { locale: string }) => `/${locale}/admin/login` }));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw new Error(`redirect ${to}`);
  },
}));

const { setStatusAction, updateArticleAction } = await import('../../app/[locale]/admin/actions');

let database: TestDatabase;
let articleId = '';
let token = '';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};

beforeAll(async () => {
  database = await createTestDatabase();
  const { article, bytes } = ingested({ file: 'a.txt', title: 'Original title', source: 'Original source' });
  const saved = await saveArticle(article, bytes, { actor: 'test' });
  articleId = saved.id;
  const created = await createAdmin('editor@example.org', 'a long enough password');
  if (created.status !== 'created') throw new Error('admin not created');
  token = (await createSession(created.id)).token;
});
afterAll(async () => {
  await database.drop();
});
beforeEach(() => {
  request.cookies.clear();
  request.headers.clear();
  request.headers.set('host', 'reading-room.test');
});

describe('admin server actions', () => {
  it('refuse an anonymous caller and change nothing', async () => {
    expect(await updateArticleAction({ status: 'idle' }, form({ id: articleId, title: 'Defaced' }))).toEqual({ status: 'unauthorised' });
    expect(await setStatusAction(form({ id: articleId, status: 'unpublished' }))).toEqual({ status: 'unauthorised' });
    const row = await db().article.findUniqueOrThrow({ where: { id: articleId } });
    expect(row).toMatchObject({ title: 'Original title', status: 'published' });
    expect(await db().auditEntry.count({ where: { action: { not: 'publish' } } })).toBe(0);
  });

  it('refuse a signed-in admin whose request comes from another site', async () => {
    request.cookies.set(SESSION_COOKIE, token);
    request.headers.set('origin', 'https://evil.example');
    expect(await setStatusAction(form({ id: articleId, status: 'unpublished' }))).toEqual({ status: 'unauthorised' });
    expect((await db().article.findUniqueOrThrow({ where: { id: articleId } })).status).toBe('published');
  });

  it('validate the input of a signed-in admin, then apply it with an audit entry', async () => {
    request.cookies.set(SESSION_COOKIE, token);
    request.headers.set('origin', 'http://reading-room.test');
    const refused = await updateArticleAction({ status: 'idle' }, form({ id: articleId, pairA: 'PK', pairB: 'ZZ' }));
    // Refused in the field's own terms, with what was typed given back to the form.
    expect(refused).toMatchObject({
      status: 'invalid',
      errors: [{ field: 'pairB', key: 'notCountry', values: { code: 'ZZ' } }],
      values: { pairA: 'PK', pairB: 'ZZ' },
    });
    expect((await db().article.findUniqueOrThrow({ where: { id: articleId } })).pairB).not.toBe('ZZ');
    const searchKey = async () =>
      (await db().$queryRaw<{ key: string }[]>`SELECT search_folded::text AS key FROM article WHERE id = ${articleId}`)[0]?.key;
    const keyBefore = await searchKey();
    const result = await updateArticleAction({ status: 'idle' }, form({ id: articleId, title: 'Corrected title' }));
    // The title is searchable under its new words, written in the same transaction.
    expect(await searchKey()).not.toBe(keyBefore);
    expect(await searchKey()).toContain('corrected');
    expect(result).toEqual({ status: 'updated', changes: { title: { from: 'Original title', to: 'Corrected title' } } });
    const entry = await db().auditEntry.findFirstOrThrow({ where: { action: 'edit' } });
    expect(entry.actor).toBe('editor@example.org');
  });
});
