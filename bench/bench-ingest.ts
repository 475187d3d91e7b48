/**
 * Throughput of the pure ingester on one core: builds a few thousand typical ~5 KB article
 * files in memory (several languages and page layouts, with menus, captions, related lists and
 * sidebars) and prints articles per second, then the same rate for a fifth as many of them saved as
 * HTML pages and for a thirtieth as many as PDF statements. Run: npx tsx bench/bench-ingest.ts [count]
 */
import { ingestBatch } from '../lib/ingest/index';
import { makePdf } from '../lib/pdf/make-pdf';
import { preparePdfs } from '../lib/pdf/read';
import { readArguments, wholeNumber } from '../scripts/lib/arguments';

const { positionals, fail } = readArguments('Usage: npm run bench:ingest -- [COUNT]', { options: {}, allowPositionals: true });
if (positionals.length > 1) fail('Give one count of articles at most');
const COUNT = positionals[0] === undefined ? 3000 : wholeNumber(fail, 'count', positionals[0], 1);
const TARGET_BYTES = 5 * 1024;

/** Small deterministic generator, so every run ingests the same files. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Template {
  header: (r: () => number) => string[];
  sentences: readonly string[];
  footer: readonly string[];
}

const pick = <T>(r: () => number, items: readonly T[]): T => items[Math.floor(r() * items.length)] as T;

const TEMPLATES: readonly Template[] = [
  {
    header: (r) => [`Mỹ và ${pick(r, ['Pakistan', 'Ấn Độ', 'Iraq'])} tăng cường hợp tác chống khủng bố`, ''],
    sentences: [
      'VOV.VN - Ngoại trưởng Mỹ ngày 13/1 khẳng định cam kết thúc đẩy quan hệ an ninh với Pakistan.',
      'Phát biểu tại cuộc họp báo chung ở Islamabad, quan chức này nhấn mạnh tầm quan trọng của hợp tác tình báo.',
      'Các nhóm phiến quân tại khu vực biên giới tiếp tục là mối đe dọa đối với các quốc gia láng giềng.',
      'Ngoại trưởng Mỹ John Kerry phát biểu tại London (Ảnh AFP)',
      'Hai bên nhất trí tăng cường trao đổi thông tin và phối hợp hành động trong thời gian tới.',
    ],
    footer: ['Mời quý độc giả theo dõi VOV.VN trên', 'Tin liên quan', 'Pakistan lập thêm tòa án binh', 'Pakistan lập thêm tòa án binh'],
  },
  {
    header: (r) => [
      'لینکهای قابل دسترسی',
      'خبر تازه',
      `جمعه ${pick(r, ['۱۵', '۱۶', '۲۰'])} سرطان ۱۴۰۳ کابل ۰۶:۲۴`,
      'افزایش حملات در پاکستان؛ تلاش جلب کمک امریکا در مبارزه با تروریزم',
    ],
    sentences: [
      'لوی درستیز اردوی پاکستان در دیدار با مقامهای ایالات متحده تلاش کرده که کمک امریکا را به دست آورد.',
      'حکومت پاکستان پیوسته اتهام وارد میکند که جنگجویان در قلمرو افغانستان پناهگاه های امن دارند.',
      'نیروهای امنیتی پاکستان در محل انفجار در منطقه باجور. عکس از آرشیف',
      'بر بنیاد خبرنامه، هر دو جانب توافق کردند که همکاری در مبارزه با تروریزم بخش اساسی همکاری ها است.',
    ],
    footer: ['XS', 'SM', 'MD', 'LG'],
  },
  {
    header: () => [
      'نائب وزير الخارجية الأمريكي يزور باكستان لبحث مكافحة الإرهاب',
      'الثلاثاء 17/سبتمبر/2024 - 03:34 م',
      'طباعة',
      'محمد شعت',
    ],
    sentences: [
      'التقى نائب وزير الخارجية الأمريكي خلال زيارته إلى باكستان مع وزير الخارجية ورئيس أركان الجيش الباكستاني.',
      'وقالت السفارة الأمريكية في إسلام آباد إن الجانبين ناقشا سبل توسيع التعاون الثنائي في مجال القضايا الأمنية.',
      'ووفقا لمسؤولين باكستانيين، فإن المسلحين متواجدون في أفغانستان ويخططون وينفذون هجمات من هناك.',
    ],
    footer: ['اقرأ أيضا', 'عنوان آخر في الشريط الجانبي', 'عنوان آخر في الشريط الجانبي'],
  },
  {
    header: () => [
      'Home | World | Asia | Security',
      'US and Pakistan agree to expand counterterrorism cooperation',
      'By Jane Doe',
      'Tuesday, September 17, 2024 10:30 GMT',
    ],
    sentences: [
      'WASHINGTON (Reuters) - The United States and Pakistan agreed on Tuesday to expand intelligence sharing on militant groups.',
      'Officials from both countries said the talks in Islamabad covered border security and the threat from groups based in Afghanistan.',
      'A Pakistani soldier stands guard at a checkpoint. (Photo: AFP/Getty Images)',
      'The State Department said the two sides would meet again early next year to review progress on the agreement.',
    ],
    footer: ['Related', 'Pakistan army chief visits Washington', '17:03 16/09/2024', 'India and US hold talks', '11:20 15/09/2024'],
  },
  {
    header: () => ['امریکہ اور پاکستان کا انسداد دہشت گردی میں تعاون بڑھانے پر اتفاق', '۱۷ ستمبر ۲۰۲۴'],
    sentences: [
      'اسلام آباد میں ہونے والی ملاقات میں امریکی نائب وزیر خارجہ اور پاکستانی حکام نے سیکیورٹی تعاون پر بات کی۔',
      'حکام کا کہنا ہے کہ افغانستان میں موجود شدت پسند گروہ خطے کے لیے خطرہ بنے ہوئے ہیں۔',
      'دونوں ممالک نے انٹیلی جنس معلومات کے تبادلے کو بڑھانے پر اتفاق کیا۔',
    ],
    footer: ['مزید خبریں', 'دوسری خبر', 'دوسری خبر'],
  },
];

function makeFile(i: number): { name: string; bytes: Uint8Array } {
  const r = rng(i + 1);
  const t = TEMPLATES[i % TEMPLATES.length] as Template;
  const lines = [...t.header(r), ''];
  let size = 0;
  let n = 0;
  while (size < TARGET_BYTES * 0.95) {
    // A serial number keeps paragraphs (and so body hashes) distinct between files.
    const s = `${pick(r, t.sentences)} ${n === 0 ? i : ''}`.trim();
    lines.push(s, '');
    size += Buffer.byteLength(s) + 2;
    n++;
  }
  lines.push(...t.footer);
  return { name: `bench-${i}.txt`, bytes: new TextEncoder().encode(lines.join(i % 3 === 0 ? '\r\n' : '\n')) };
}

const files = Array.from({ length: COUNT }, (_, i) => makeFile(i));
const totalBytes = files.reduce((sum, f) => sum + f.bytes.length, 0);

ingestBatch(files.slice(0, 200)); // warm up the JIT and the lazily compiled regexes
const started = process.hrtime.bigint();
const results = ingestBatch(files);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

const refused = results.filter((r) => !r.ok).length;
console.log(
  `${COUNT} files, ${(totalBytes / COUNT / 1024).toFixed(1)} KB average: ` +
    `${(COUNT / seconds).toFixed(0)} articles/s (${seconds.toFixed(2)} s), ${refused} refused`,
);

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The same article as a saved page: site header and menu, the article's header and paragraphs,
 * a figure, a sidebar, a footer, scripts and JSON-LD, as news sites lay them out.
 */
function htmlPage(file: { name: string; bytes: Uint8Array }, i: number): { name: string; bytes: Uint8Array } {
  const lines = new TextDecoder()
    .decode(file.bytes)
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const [title = '', ...rest] = lines;
  const body = rest.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n');
  const page = `<!DOCTYPE html><html lang="und"><head><meta charset="utf-8"><title>${escapeHtml(title)} | Site</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":${JSON.stringify(title)},"datePublished":"2024-09-17T10:30:00+05:00"}</script>
<script>window.dataLayer=[];</script><style>body{margin:0}</style></head><body>
<div class="cookie-banner">This site uses cookies. <button>OK</button></div>
<header><a href="/">Site</a><nav><ul>${['Home', 'World', 'Politics', 'Video'].map((m) => `<li><a href="/${m}">${m}</a></li>`).join('')}</ul></nav></header>
<main><article><h1>${escapeHtml(title)}</h1>
<figure><img src="a.jpg"><figcaption>Photo caption ${i}</figcaption></figure>
${body}
<div class="share">Share Facebook Twitter</div></article>
<aside><h3>Most read</h3><ul><li><a href="/1">Another story</a></li><li><a href="/2">A third story</a></li></ul></aside></main>
<footer>© Site</footer></body></html>`;
  return { name: file.name.replace(/\.txt$/, '.html'), bytes: new TextEncoder().encode(page) };
}

const HTML_COUNT = Math.max(1, Math.floor(COUNT / 5));
const pages = files.slice(0, HTML_COUNT).map(htmlPage);
const pageBytes = pages.reduce((sum, f) => sum + f.bytes.length, 0);
ingestBatch(pages.slice(0, 50));
const htmlStarted = process.hrtime.bigint();
const htmlResults = ingestBatch(pages);
const htmlSeconds = Number(process.hrtime.bigint() - htmlStarted) / 1e9;
console.log(
  `${HTML_COUNT} HTML pages, ${(pageBytes / HTML_COUNT / 1024).toFixed(1)} KB average: ` +
    `${(HTML_COUNT / htmlSeconds).toFixed(0)} articles/s (${htmlSeconds.toFixed(2)} s), ${htmlResults.filter((r) => !r.ok).length} refused`,
);
/**
 * PDF statements: a thirtieth as many of the articles laid out as text PDFs (right to left for
 * Arabic script), timed from bytes to articles: pdf.js reading the text, then the ingester.
 */
async function benchPdf() {
  const PDF_COUNT = Math.max(1, Math.floor(COUNT / 30));
  const pdfs = await Promise.all(
    files.slice(0, PDF_COUNT).map(async (file, i) => {
      const [title = '', ...rest] = new TextDecoder()
        .decode(file.bytes)
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '');
      const rtl = /[\u0600-\u06FF]/u.test(title);
      return { name: `bench-${i}.pdf`, bytes: await makePdf([{ text: title, size: 18 }, ...rest.map((text) => ({ text }))], { rtl }) };
    }),
  );
  const pdfBytes = pdfs.reduce((sum, f) => sum + f.bytes.length, 0);
  await preparePdfs(pdfs.slice(0, 5));
  const pdfStarted = process.hrtime.bigint();
  const pdfResults = ingestBatch(pdfs, { pdfText: await preparePdfs(pdfs) });
  const pdfSeconds = Number(process.hrtime.bigint() - pdfStarted) / 1e9;
  console.log(
    `${PDF_COUNT} PDF statements, ${(pdfBytes / PDF_COUNT / 1024).toFixed(1)} KB average: ` +
      `${(PDF_COUNT / pdfSeconds).toFixed(0)} articles/s (${pdfSeconds.toFixed(2)} s), ${pdfResults.filter((r) => !r.ok).length} refused`,
  );
}

benchPdf().catch((error: unknown) => {
  console.error(`PDF benchmark stopped: ${(error as Error).message}`);
  process.exit(1);
});
