import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../lib/articles/audit';
import { getAdminArticle, metadataSchema, setArticleStatus, updateArticleMetadata } from '../../lib/articles/edit';
import { getArticle } from '../../lib/articles/get';
import { previewUpload, publishUpload } from '../../lib/articles/publish';
import { db } from '../../lib/db/client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus/articles');
const corpusFile = (name: string) => new Uint8Array(fs.readFileSync(path.join(CORPUS, name)));
const VI = '000_c887ef1b79ebf8cc.txt';
const AR_TEXT = [
  'تعاون أمني بين باكستان والولايات المتحدة لمكافحة الإرهاب',
  '',
  'بحث مسؤولون من باكستان والولايات المتحدة اليوم سبل تعزيز التعاون في مكافحة الإرهاب وتبادل المعلومات الأمنية بين البلدين.',
  '',
  'وقال المسؤولون إن التعاون سيشمل التدريب المشترك ومراقبة الحدود وتجفيف مصادر تمويل الجماعات المسلحة في المنطقة.',
].join('\n');

let database: TestDatabase;
let viId = '';

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

describe('previewUpload', () => {
  it('shows what the ingester read without storing anything', async () => {
    const preview = await previewUpload(VI, corpusFile(VI));
    expect(preview.status).toBe('ready');
    if (preview.status !== 'ready') return;
    expect(preview.view).toMatchObject({
      language: 'vi',
      direction: 'ltr',
      publishedAt: null,
      dateText: 'ngày 13/1',
      countryPair: ['PK', 'US'],
    });
    expect(preview.view.removed.length).toBeGreaterThan(0);
    expect(await db().article.count()).toBe(0);
  });

  it('shows where an HTML page declares another value than it prints, and which was kept', async () => {
    const body = [
      'The interior ministers of both countries agreed on Tuesday to set up a joint unit of police and intelligence officers to track suspects who move across the border.',
      'The unit will share databases in real time and run joint surveillance operations, according to a statement issued after the meeting in the capital.',
    ];
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ministers agree to share border intelligence</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ministers agree to share border intelligence","datePublished":"2021-03-09T10:00:00+04:30"}</script>
</head><body><main><article><h1>Ministers agree to share border intelligence</h1><p>Published: March 3, 2021</p>${body.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;
    const preview = await previewUpload('page.html', new TextEncoder().encode(page));
    expect(preview.status).toBe('ready');
    if (preview.status !== 'ready') return;
    expect(preview.view.declaredChoices).toContainEqual(
      expect.objectContaining({ field: 'publishedAt', declared: '2021-03-09T10:00:00+04:30', printed: '2021-03-03', chosen: 'declared' }),
    );
    const text = await previewUpload(VI, corpusFile(VI));
    expect(text.status === 'ready' && text.view.declaredChoices).toEqual([]);
  });

  it('refuses empty and binary files with a reason', async () => {
    expect(await previewUpload('empty.txt', new Uint8Array())).toMatchObject({ status: 'refused', reason: 'empty' });
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0,
    ]);
    expect(await previewUpload('photo.txt', png)).toMatchObject({ status: 'refused', reason: 'binary' });
  });

  it('reads a Windows-1256 Arabic file', async () => {
    const preview = await previewUpload('arabic-1256.txt', new Uint8Array(iconv.encode(AR_TEXT, 'windows-1256')));
    expect(preview).toMatchObject({ status: 'ready', view: { language: 'ar', direction: 'rtl', encoding: 'windows-1256' } });
  });
});

describe('publishUpload', () => {
  it('publishes with the admin corrections, and records them in the audit entry', async () => {
    const result = await publishUpload(
      VI,
      corpusFile(VI),
      metadataSchema.parse({ publishedAt: '2025-01-13', datePrecision: 'day' }),
      'admin@example.org',
    );
    expect(result.status).toBe('published');
    if (result.status !== 'published') return;
    viId = result.id;
    const article = await getArticle(result.id);
    expect(article).toMatchObject({
      publishedAt: '2025-01-13',
      datePrecision: 'day',
      dateText: 'ngày 13/1',
      dateParts: { year: 2025, month: 1, day: 13 },
    });
    const [entry] = (await listAudit({ articleId: result.id })).entries;
    expect(entry).toMatchObject({
      actor: 'admin@example.org',
      action: 'publish',
      changes: { file: VI, corrections: { publishedAt: { from: null, to: '2025-01-13' } } },
    });
  });

  it('names the existing article for the same bytes and for the same text', async () => {
    expect(await previewUpload('again.txt', corpusFile(VI))).toMatchObject({
      status: 'duplicate',
      reason: 'same-file',
      existing: { id: viId },
    });
    const crlf = new TextEncoder().encode(new TextDecoder().decode(corpusFile(VI)).replaceAll('\n', '\r\n') + '\r\n');
    expect(await previewUpload('rescraped.txt', crlf)).toMatchObject({ status: 'duplicate', reason: 'same-body', existing: { id: viId } });
    expect(await publishUpload('rescraped.txt', crlf, {}, 'admin@example.org')).toMatchObject({ status: 'duplicate', reason: 'same-body' });
    expect(await db().article.count()).toBe(1);
  });

  it('leaves nothing behind when the transaction fails half-way', async () => {
    await db().$executeRawUnsafe(
      `CREATE FUNCTION fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$`,
    );
    await db().$executeRawUnsafe(`CREATE TRIGGER fail_audit BEFORE INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION fail_audit()`);
    try {
      const bytes = new Uint8Array(iconv.encode(AR_TEXT, 'windows-1256'));
      await expect(publishUpload('arabic.txt', bytes, {}, 'admin@example.org')).rejects.toThrow(/disk full/);
      expect(await db().article.count()).toBe(1);
      expect(await db().rawFile.count()).toBe(1);
    } finally {
      await db().$executeRawUnsafe('DROP TRIGGER fail_audit ON audit_entry');
      await db().$executeRawUnsafe('DROP FUNCTION fail_audit()');
    }
  });
});

describe('metadataSchema', () => {
  it('validates and normalises corrections', () => {
    expect(metadataSchema.parse({ countryPair: ['us', 'PK'], title: ' Report\u202Egnp.exe ' })).toEqual({
      countryPair: ['PK', 'US'],
      title: 'Reportgnp.exe',
    });
    expect(metadataSchema.safeParse({ countryPair: ['PK', 'PK'] }).success).toBe(false);
    expect(metadataSchema.safeParse({ countryPair: ['PK', 'XX'] }).success).toBe(false);
    expect(metadataSchema.safeParse({ countriesMentioned: ['ZZ'] }).success).toBe(false);
    expect(metadataSchema.safeParse({ publishedAt: '2025-02-30' }).success).toBe(false);
    expect(metadataSchema.safeParse({ title: '' }).success).toBe(false);
    expect(metadataSchema.safeParse({ sha256: 'x' }).success).toBe(false);
  });
});

describe('editing and unpublishing', () => {
  it('edits metadata and records who changed what', async () => {
    const result = await updateArticleMetadata(
      viId,
      metadataSchema.parse({ source: 'VOV', countryPair: ['US', 'PK'], publishedAt: '2025-01-01', datePrecision: 'month' }),
      'editor@example.org',
    );
    expect(result).toEqual({
      status: 'updated',
      changes: {
        source: { from: 'VOV.VN', to: 'VOV' },
        publishedAt: { from: '2025-01-13', to: '2025-01-01' },
        datePrecision: { from: 'day', to: 'month' },
      },
    });
    expect(await getAdminArticle(viId)).toMatchObject({ source: 'VOV', publishedAt: '2025-01-01', datePrecision: 'month' });
    expect((await getArticle(viId))?.dateParts).toEqual({ year: 2025, month: 1 });
    expect(await updateArticleMetadata(viId, { source: 'VOV' }, 'editor@example.org')).toEqual({ status: 'unchanged' });
    expect(await updateArticleMetadata('zzzzzzzzzzzz', { source: 'x' }, 'editor@example.org')).toEqual({ status: 'not-found' });
  });

  it('unpublishes and republishes without deleting, with audit entries', async () => {
    expect(await setArticleStatus(viId, 'unpublished', 'editor@example.org')).toEqual({ status: 'changed' });
    expect(await getArticle(viId)).toBeNull();
    expect(await getAdminArticle(viId)).toMatchObject({ status: 'unpublished' });
    expect(await setArticleStatus(viId, 'unpublished', 'editor@example.org')).toEqual({ status: 'unchanged' });
    expect(await setArticleStatus(viId, 'published', 'editor@example.org')).toEqual({ status: 'changed' });
    expect(await getArticle(viId)).not.toBeNull();
    const actions = (await listAudit({ articleId: viId })).entries.map((e) => e.action);
    expect(actions).toEqual(['republish', 'unpublish', 'edit', 'publish']);
  });
});
