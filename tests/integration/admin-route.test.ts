import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveArticle } from '../../lib/articles/save';
import { createAdmin } from '../../lib/auth/admins';
import { createSession, SESSION_COOKIE } from '../../lib/auth/sessions';
import { ingested } from '../helpers/article-fixture';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

// The request a route handler sees through next/headers: its cookies and headers, set per test.
const request = vi.hoisted(() => ({ cookies: new Map<string, string>(), headers: new Map<string, string>() }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined) }),
  headers: async () => ({ get: (name: string) => request.headers.get(name.toLowerCase()) ?? null }),
}));
// require-admin.ts also serves pages (a redirect to sign-in); its navigation needs Next's resolver.
vi.mock('../../lib/i18n/navigation', () => ({ getPathname: ({ locale }: { locale: string }) => `/${locale}/admin/login` }));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw new Error(`redirect ${to}`);
  },
}));

const { adminRoute } = await import('../../lib/http/admin-route');
const { GET: rawFile } = await import('../../app/api/admin/articles/[id]/raw/route');
const { POST: preview } = await import('../../app/api/admin/preview/route');

let database: TestDatabase;
let token = '';
let articleId = '';

beforeAll(async () => {
  database = await createTestDatabase();
  const created = await createAdmin('routes@example.org', 'a long enough password');
  if (created.status !== 'created') throw new Error('admin not created');
  token = (await createSession(created.id)).token;
  const { article, bytes } = ingested({ file: 'kept.txt', title: 'A kept file' });
  articleId = (await saveArticle(article, bytes, { actor: 'test' })).id;
});
afterAll(async () => {
  await database.drop();
});
beforeEach(() => {
  request.cookies.clear();
  request.headers.clear();
  request.headers.set('host', 'reading-room.test');
});

const call = (url = 'http://reading-room.test/api/admin/anything') => new Request(url, { method: 'POST' });
const context = { params: Promise.resolve({}) };

describe('adminRoute', () => {
  it('answers an anonymous caller 401 in the API error shape, without running the handler', async () => {
    const handler = vi.fn(async () => Response.json({ done: true }));
    const answer = await adminRoute(handler)(call(), context);
    expect(answer.status).toBe(401);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(await answer.json()).toEqual({ code: 'unauthorised', error: 'Sign in as an admin first; the session may have ended.' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers a signed-in admin from another site 403', async () => {
    request.cookies.set(SESSION_COOKIE, token);
    request.headers.set('origin', 'https://evil.example');
    const handler = vi.fn(async () => Response.json({ done: true }));
    const answer = await adminRoute(handler)(call(), context);
    expect(answer.status).toBe(403);
    expect(await answer.json()).toMatchObject({ code: 'forbidden', error: expect.stringMatching(/admin pages/) });
    expect(handler).not.toHaveBeenCalled();
  });

  it('runs the handler with the admin, and answers its unexpected error as a 500 without details', async () => {
    request.cookies.set(SESSION_COOKIE, token);
    request.headers.set('origin', 'http://reading-room.test');
    const seen = await adminRoute(async (_request, admin) => Response.json({ email: admin.email }))(call(), context);
    expect(await seen.json()).toEqual({ email: 'routes@example.org' });

    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failed = await adminRoute(async () => {
      throw new Error('connection to postgresql://user:secret@db failed\n    at Pool.connect');
    })(call(), context);
    expect(failed.status).toBe(500);
    const body = (await failed.json()) as { error: string; code: string };
    expect(body.code).toBe('failed');
    expect(body.error).toMatch(/nothing was changed/);
    expect(JSON.stringify(body)).not.toMatch(/postgresql|secret|\n\s+at /);
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });
});

describe('an admin route through the wrapper', () => {
  it('gives the stored file to an admin, and its errors in the one shape', async () => {
    const raw = (id: string) =>
      rawFile(new Request(`http://reading-room.test/api/admin/articles/${id}/raw`), { params: Promise.resolve({ id }) });
    expect((await raw(articleId)).status).toBe(401);
    request.cookies.set(SESSION_COOKIE, token);
    const file = await raw(articleId);
    expect(file.status).toBe(200);
    expect(new TextDecoder().decode(await file.arrayBuffer())).toContain('A kept file');
    const bad = await raw('NOT-AN-ID');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: expect.stringMatching(/^Invalid article id: /) });
    const missing = await raw('abcdefghjkmn');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'No stored file for this article.' });
  });
});

describe('the upload endpoints through the wrapper', () => {
  it('answer a request they cannot read with its status and a sentence, in the one shape', async () => {
    request.cookies.set(SESSION_COOKIE, token);
    request.headers.set('origin', 'http://reading-room.test');
    const post = async (body: BodyInit, headers: Record<string, string> = {}) => {
      const answer = await preview(new Request('http://reading-room.test/api/admin/preview', { method: 'POST', body, headers }), context);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      return { status: answer.status, body: await answer.json() };
    };
    expect(await post('file=x', { 'content-type': 'application/x-www-form-urlencoded' })).toEqual({
      status: 415,
      body: { status: 'error', error: 'Send the file as multipart/form-data.' },
    });
    expect(await post('--x\r\n', { 'content-type': 'multipart/form-data; boundary=x', 'content-length': '6000000' })).toEqual({
      status: 413,
      body: { status: 'refused', file: '', reason: 'too-large', error: 'The file is larger than the upload limit.' },
    });
    const form = new FormData();
    form.append('file', new File(['Ein Titel'], 'a.txt'));
    form.append('title', 'x');
    expect(await post(form)).toEqual({ status: 400, body: { status: 'error', error: 'Unknown field: title.' } });
  });
});
