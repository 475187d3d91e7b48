import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveArticle } from '../../lib/articles/save';
import { createAdmin } from '../../lib/auth/admins';
import { createSession, SESSION_COOKIE } from '../../lib/auth/sessions';
import { db } from '../../lib/db/client';
import { ingested } from '../helpers/article-fixture';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

// The request a server action sees: its cookies and headers, set per test (as in admin-actions.test.ts).
const request = vi.hoisted(() => ({ cookies: new Map<string, string>(), headers: new Map<string, string>() }));
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

const { attachTranslationAction, deleteTranslationAction, realignTranslationAction } =
  await import('../../app/[locale]/admin/translation-actions');

let database: TestDatabase;
let articleId = '';
let token = '';
const idle = { status: 'idle' } as const;

const form = (fields: Record<string, string | string[] | File>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) data.append(key, one);
  }
  return data;
};
const signedIn = () => {
  request.cookies.set(SESSION_COOKIE, token);
  request.headers.set('origin', 'http://reading-room.test');
};

beforeAll(async () => {
  database = await createTestDatabase();
  const { article, bytes } = ingested({
    file: 'fa.txt',
    title: 'عنوان',
    language: 'fa-AF',
    direction: 'rtl',
    paragraphs: ['بند یک.', 'بند دو.'],
  });
  const saved = await saveArticle(article, bytes, { actor: 'test' });
  if (saved.status !== 'stored') throw new Error('not stored');
  articleId = saved.id;
  const created = await createAdmin('translator@example.org', 'a long enough password');
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

describe('translation server actions', () => {
  it('refuse anonymous and cross-site callers and change nothing', async () => {
    expect(await attachTranslationAction(idle, form({ articleId, language: 'en', text: 'One.\nTwo.' }))).toEqual({
      status: 'unauthorised',
    });
    request.cookies.set(SESSION_COOKIE, token);
    request.headers.set('origin', 'https://evil.example');
    expect(await attachTranslationAction(idle, form({ articleId, language: 'en', text: 'One.\nTwo.' }))).toEqual({
      status: 'unauthorised',
    });
    expect(await realignTranslationAction(idle, form({ articleId, language: 'en', alignment: ['0'] }))).toEqual({ status: 'unauthorised' });
    expect(await deleteTranslationAction(idle, form({ articleId, language: 'en' }))).toEqual({ status: 'unauthorised' });
    expect(await db().articleTranslation.count()).toBe(0);
  });

  it('say what is wrong with the input', async () => {
    signedIn();
    expect(await attachTranslationAction(idle, form({ articleId, language: 'en' }))).toMatchObject({ status: 'refused', code: 'none' });
    const file = new File(['Headline\nOne.'], 't.txt', { type: 'text/plain' });
    expect(await attachTranslationAction(idle, form({ articleId, language: 'en', text: 'x', file }))).toMatchObject({
      status: 'refused',
      code: 'both',
    });
    const pdf = new File(['%PDF-1.4'], 't.pdf');
    expect(await attachTranslationAction(idle, form({ articleId, language: 'en', file: pdf }))).toMatchObject({
      status: 'refused',
      code: 'file',
      detail: expect.stringContaining('not a .txt or .html file'),
    });
    expect(await attachTranslationAction(idle, form({ articleId, language: 'english!', text: 'One.' }))).toMatchObject({
      status: 'refused',
      code: 'invalid',
      fields: ['language'],
    });
    expect(await attachTranslationAction(idle, form({ articleId, language: 'fa-af', text: 'One.' }))).toMatchObject({
      status: 'refused',
      code: 'same-language',
    });
    expect(await attachTranslationAction(idle, form({ articleId: 'zzzzzzzzzzzz', language: 'en', text: 'One.' }))).toMatchObject({
      status: 'refused',
      code: 'not-found',
    });
    expect(await db().articleTranslation.count()).toBe(0);
  });

  it('attach an uploaded HTML file with its headline, realign and delete it, each audited', async () => {
    signedIn();
    const file = new File(['<html><body><h1>Headline</h1><p>One.</p><p>Two.</p><p>Three.</p></body></html>'], 'translation.html', {
      type: 'text/html',
    });
    expect(await attachTranslationAction(idle, form({ articleId, language: 'EN', note: 'Agency', file }))).toEqual({
      status: 'attached',
      language: 'en',
      paragraphs: 3,
    });
    const stored = await db().articleTranslation.findFirstOrThrow({ where: { articleId } });
    expect(stored).toMatchObject({
      title: 'Headline',
      paragraphs: ['One.', 'Two.', 'Three.'],
      alignment: [0, 1, 1],
      note: 'Agency',
      createdBy: 'translator@example.org',
    });
    // The uploaded file is kept byte for byte, and the audit entry names it.
    expect(stored).toMatchObject({ fileName: 'translation.html', fileEncoding: 'utf-8' });
    expect(Buffer.from(stored.fileBytes!).toString('utf8')).toBe(
      '<html><body><h1>Headline</h1><p>One.</p><p>Two.</p><p>Three.</p></body></html>',
    );
    const attachEntry = await db().auditEntry.findFirstOrThrow({ where: { articleId, action: 'translation_attach' } });
    expect(attachEntry.changes).toMatchObject({ file: 'translation.html', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });

    expect(await realignTranslationAction(idle, form({ articleId, language: 'en', alignment: ['0', '1', '0'] }))).toEqual({
      status: 'invalid',
      problem: { kind: 'order', paragraph: 2, value: 0, previous: 1 },
    });
    expect(await realignTranslationAction(idle, form({ articleId, language: 'en', alignment: ['0', 'x'] }))).toEqual({
      status: 'invalid',
      problem: null,
    });
    expect(await realignTranslationAction(idle, form({ articleId, language: 'en', alignment: ['0', '0', '1'] }))).toEqual({
      status: 'realigned',
    });
    expect(await deleteTranslationAction(idle, form({ articleId, language: 'en' }))).toEqual({ status: 'deleted' });
    const actions = await db().auditEntry.findMany({ where: { articleId, actor: 'translator@example.org' }, orderBy: { id: 'asc' } });
    expect(actions.map((a) => a.action)).toEqual(['translation_attach', 'translation_realign', 'translation_delete']);
  });
});
