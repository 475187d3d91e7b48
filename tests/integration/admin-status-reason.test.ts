import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listAudit } from '../../lib/articles/audit';
import { saveArticle } from '../../lib/articles/save';
import { createAdmin } from '../../lib/auth/admins';
import { createSession, SESSION_COOKIE } from '../../lib/auth/sessions';
import { db } from '../../lib/db/client';
import { ingested } from '../helpers/article-fixture';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

// The request a server action sees: a signed-in admin on this site.
const request = vi.hoisted(() => ({
  cookies: new Map<string, string>(),
  headers: new Map<string, string>([
    ['host', 'reading-room.test'],
    ['origin', 'http://reading-room.test'],
  ]),
}));
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    set: (name: string, value: string) => void request.cookies.set(name, value),
  }),
  headers: async () => ({ get: (name: string) => request.headers.get(name.toLowerCase()) ?? null }),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
vi.mock('../../lib/i18n/navigation', () => ({ getPathname: ({ locale }: { locale: string }) => `/${locale}/admin/login` }));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw new Error(`redirect ${to}`);
  },
}));

const { setStatusAction } = await import('../../app/[locale]/admin/actions');

let database: TestDatabase;
let articleId = '';
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};

beforeAll(async () => {
  database = await createTestDatabase();
  const { article, bytes } = ingested({ file: 'a.txt', title: 'Withdrawn later' });
  articleId = ((await saveArticle(article, bytes, { actor: 'test' })) as { id: string }).id;
  const created = await createAdmin('editor@example.org', 'a long enough password');
  if (created.status !== 'created') throw new Error('admin not created');
  request.cookies.set(SESSION_COOKIE, (await createSession(created.id)).token);
});
afterAll(async () => {
  await database.drop();
});

describe('setStatusAction', () => {
  it('refuses to unpublish without a reason, or with one too long, and changes nothing', async () => {
    expect(await setStatusAction(form({ id: articleId, status: 'unpublished' }))).toEqual({
      status: 'invalid',
      error: 'required',
      attempt: 1,
    });
    const again = await setStatusAction(form({ id: articleId, status: 'unpublished', reason: 'x'.repeat(301) }), {
      status: 'invalid',
      error: 'required',
      attempt: 1,
    });
    expect(again).toEqual({ status: 'invalid', error: 'tooLong', attempt: 2 });
    expect((await db().article.findUniqueOrThrow({ where: { id: articleId } })).status).toBe('published');
  });

  it('unpublishes with the reason in the audit entry, and republishes without one', async () => {
    expect(await setStatusAction(form({ id: articleId, status: 'unpublished', reason: '  Copyright complaint ' }))).toEqual({
      status: 'changed',
    });
    expect(await setStatusAction(form({ id: articleId, status: 'published' }))).toEqual({ status: 'changed' });
    const { entries } = await listAudit({ articleId });
    expect(entries.map((entry) => [entry.action, entry.changes])).toEqual([
      ['republish', { status: { from: 'unpublished', to: 'published' } }],
      ['unpublish', { status: { from: 'published', to: 'unpublished' }, reason: 'Copyright complaint' }],
      ['publish', expect.anything()],
    ]);
  });
});
