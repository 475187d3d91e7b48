import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewUpload, publishUpload } from '../../lib/articles/publish';
import { storeFiles } from '../../lib/articles/store-files';
import { db } from '../../lib/db/client';
import { makePdf } from '../../lib/pdf/make-pdf';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

const TITLE = 'الاتفاق الأمني بين مصر والسودان لمكافحة الإرهاب';
const BODY = [
  'وقّعت مصر والسودان يوم الثلاثاء اتفاقاً للتعاون الأمني يقضي بتبادل المعلومات الاستخباراتية حول الجماعات المسلحة على الحدود المشتركة، بحسب بيان رسمي صدر عن وزارة الداخلية.',
  'وقال البيان إن البلدين لا يقبلان بأي نشاط إرهابي على أراضيهما، وإن لجنة مشتركة ستجتمع كل ثلاثة أشهر لمتابعة تنفيذ الاتفاق.',
];

let database: TestDatabase;
let arabic: Uint8Array;

beforeAll(async () => {
  database = await createTestDatabase();
  arabic = await makePdf([{ text: TITLE, size: 18 }, { text: 'القاهرة، 12 مارس 2024' }, ...BODY.map((text) => ({ text }))], { rtl: true });
});
afterAll(async () => {
  await database.drop();
});

describe('PDF uploads', () => {
  it('preview what the PDF says, in reading order, storing nothing', async () => {
    const preview = await previewUpload('statement.pdf', arabic);
    expect(preview.status).toBe('ready');
    if (preview.status !== 'ready') return;
    expect(preview.view).toMatchObject({
      title: TITLE,
      language: 'ar',
      direction: 'rtl',
      publishedAt: '2024-03-12',
      paragraphs: BODY,
      encoding: 'pdf',
    });
    expect(await db().article.count()).toBe(0);
  });

  it('publish it and keep the original bytes', async () => {
    const published = await publishUpload('statement.pdf', arabic, {}, 'admin@example.org');
    expect(published).toMatchObject({ status: 'published', title: TITLE });
    const raw = await db().rawFile.findFirst({ select: { bytes: true } });
    expect(raw && Buffer.from(raw.bytes).equals(Buffer.from(arabic))).toBe(true);
  });

  it('refuse a scan without a text layer through the batch path, saying to run OCR', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
    const [stored] = await storeFiles([{ name: 'scan.pdf', bytes: await doc.save() }], { actor: 'cli:test' });
    expect(stored!.outcome).toMatchObject({ status: 'refused' });
    expect(stored!.outcome.status === 'refused' && stored!.outcome.error).toContain('OCR');
  });
});
