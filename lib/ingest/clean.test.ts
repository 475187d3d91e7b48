import { describe, expect, it } from 'vitest';
import { isDoubledHeadline, isFollowPrompt, isMenu, isSectionEnder, isWidget } from './boilerplate';
import { isCaption } from './captions';
import { cleanArticle } from './clean';
import { ingestFile } from './index';
import type { IngestedArticle } from './types';

const enc = (s: string) => new TextEncoder().encode(s);
/** Greedy hard wrap at `width` characters, as a text dump does. */
const wrapAt = (paragraph: string, width: number) =>
  paragraph.split(' ').reduce<string[]>((lines, word) => {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
    return lines;
  }, []);

function ingest(text: string, name = 'a.txt'): IngestedArticle {
  const r = ingestFile(enc(text), name);
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe('line classifiers', () => {
  it.each([
    'Ảnh: Oananews',
    'Bộ trưởng Nội vụ Iran và người đồng cấp Pakistan. Ảnh: Oananews',
    'Ngoại trưởng Mỹ John Kerry phát biểu tại London (Ảnh AFP)',
    'Ngoại trưởng Mỹ John Kerry và Ngoại trưởng Nga Sergei Lavrov. (Ảnh: AP)',
    'Nga - Mỹ bất ngờ kề vai sát cánh chống IS - Hình 1',
    'Ảnh minh họa',
    'نیروهای امنیتی پاکستان در محل انفجار در منطقه باجور. عکس از آرشیف',
    'عکس: ایرنا',
    '(صورة أرشيفية)',
    'A Pakistani soldier stands guard. (Photo: AFP/Getty Images)',
    'Police at the scene. Photo: Reuters',
    'مشق میں شریک کوسٹ گارڈ کا جہاز (فائل فوٹو)',
    'Coast guard vessels off the island. (File photo)',
    'Ảnh 2/3: Trưởng đoàn các nước chụp ảnh chung bên lề hội nghị.',
  ])('caption: %s', (line) => expect(isCaption(line)).toBe(true));

  it.each([
    'Ảnh hưởng của cuộc khủng hoảng đã lan rộng ra toàn khu vực trong nhiều tháng qua.',
    'Hình thức hợp tác mới sẽ được hai bên thảo luận vào tuần tới.',
    'Ông nói rằng hình ảnh của đất nước cần được cải thiện.',
  ])('not a caption: %s', (line) => expect(isCaption(line)).toBe(false));

  it('recognises section headings that end an article', () => {
    for (const l of [
      'Tin liên quan',
      'Tiêu điểm',
      'Related Articles',
      'Read more:',
      'اقرأ أيضاً',
      'مطالب مرتبط',
      'مزید خبریں',
      'Bạn thấy bài viết này có hữu ích không?',
    ]) {
      expect(isSectionEnder(l)).toBe(true);
    }
    expect(isSectionEnder('Tin liên quan đến vụ việc đã được công bố rộng rãi trên báo chí')).toBe(false);
  });

  it('recognises follow prompts, widgets, menus and doubled headlines', () => {
    expect(isFollowPrompt('Mời quý độc giả theo dõi VOV.VN trên')).toBe(true);
    expect(isFollowPrompt('Theo dõi VGT trên')).toBe(true);
    expect(isFollowPrompt('Follow us on Twitter')).toBe(true);
    expect(
      isFollowPrompt('پیام آمو را در فیسبوک، ایکس و یوتیوب دنبال کنید و برای دریافت تازه‌ترین خبرهای منطقه در خبرنامۀ هفتگی ما عضو شوید.'),
    ).toBe(true);
    expect(isFollowPrompt('Comments are closed for this article.')).toBe(true);
    // Networks named in a sentence of the article are not a prompt.
    expect(isFollowPrompt('The group recruited fighters on Telegram and WhatsApp before the attack, investigators said.')).toBe(false);
    expect(
      isFollowPrompt(
        'Theo dõi diễn biến trên thị trường trong nhiều tháng, các chuyên gia cho rằng giá dầu sẽ tiếp tục tăng mạnh vào cuối năm nay.',
      ),
    ).toBe(false);
    for (const w of ['XS', 'SM', 'MD', 'LG', 'A- A A+']) expect(isWidget(w)).toBe(true);
    expect(isWidget('IS')).toBe(false);
    expect(isMenu('Home | World | Asia | Security')).toBe(true);
    expect(isMenu('Trang chủ > Thế giới')).toBe(true);
    expect(isMenu('Mỹ | Pakistan')).toBe(false);
    expect(isDoubledHeadline('Hỏa hoạn tại Tháp EiffelHỏa hoạn tại Tháp Eiffel')).toBe(true);
    expect(isDoubledHeadline('Hỏa hoạn tại Tháp Eiffel ngay trước thềm Giáng sinh')).toBe(false);
  });
});

describe('cleanArticle on other layouts', () => {
  it('an English wire page: menu, byline, dateline, share widget, related list', () => {
    const a = ingest(`Skip to main content
Home | World | Asia | Middle East | Security
US and India sign counterterrorism pact
By Jane Doe
Published: Tuesday, 17 Sept. 2024 - 10:30 GMT
Share
NEW DELHI (Reuters) - The United States and India signed an agreement on Tuesday to share intelligence on militant groups operating in South Asia.

Indian officials said the pact covers maritime security in the Indian Ocean and joint training.

An Indian soldier stands guard in Srinagar. (Photo: AFP/Getty Images)

American diplomats in Islamabad declined to comment on whether Pakistan had been briefed.

Related
Pakistan army chief visits Washington
Pakistan army chief visits Washington
China warns US over Taiwan
`);
    expect(a).toMatchObject({
      title: 'US and India sign counterterrorism pact',
      language: 'en',
      direction: 'ltr',
      publishedAt: '2024-09-17',
      dateText: 'Tuesday, 17 Sept. 2024 - 10:30 GMT',
      source: 'Reuters',
      author: 'Jane Doe',
      countryPair: ['IN', 'US'],
      countriesMentioned: ['IN', 'PK', 'US'],
      captions: ['An Indian soldier stands guard in Srinagar. (Photo: AFP/Getty Images)'],
    });
    expect(a.paragraphs).toHaveLength(3);
    expect(a.removed).toContain('Related');
    expect(a.removed).toContain('China warns US over Taiwan');
  });

  it('an Iranian Persian page with a related list carrying its own dates', () => {
    const a = ingest(`صفحه اصلی
همکاری امنیتی ایران و عراق برای مقابله با تروریسم گسترش می‌یابد
۱۵ تیر ۱۴۰۳ - ۱۰:۲۴
وزیر کشور ایران در دیدار با همتای عراقی خود در تهران بر گسترش همکاری‌های امنیتی دو کشور تأکید کرد.
عکس: ایرنا
وزیر کشور عراق نیز گفت که بغداد آماده همکاری با تهران در استان‌های مرزی است.
اخبار مرتبط
سفر وزیر خارجه ترکیه به تهران ۱۲:۰۰ ۱۴۰۳/۰۴/۱۰
`);
    expect(a).toMatchObject({
      language: 'fa-IR',
      direction: 'rtl',
      publishedAt: '2024-07-05',
      calendar: 'persian',
      countryPair: ['IQ', 'IR'],
      countriesMentioned: ['IQ', 'IR'],
      captions: ['عکس: ایرنا'],
    });
    expect(a.paragraphs).toHaveLength(2);
  });

  it('a Levantine Arabic page with a closing source credit', () => {
    const a = ingest(`الأخبار | سياسة | أمن
تعاون أمني بين الأردن والعراق لمكافحة الإرهاب
الخميس 5 كانون الأول 2024
عمّان - أعلنت الحكومة الأردنية اليوم توقيع اتفاقية تعاون أمني مع العراق لتبادل المعلومات الاستخباراتية.
(صورة أرشيفية)
وأضاف أن البلدين سيعقدان اجتماعا آخر في بغداد الشهر المقبل.
المصدر: وكالات
اقرأ أيضا
السعودية وقطر تبحثان التعاون الأمني 12/11/2024
`);
    expect(a).toMatchObject({ publishedAt: '2024-12-05', source: 'وكالات', countryPair: ['IQ', 'JO'], countriesMentioned: ['IQ', 'JO'] });
    expect(a.paragraphs.at(-1)).toBe('وأضاف أن البلدين سيعقدان اجتماعا آخر في بغداد الشهر المقبل.');
  });

  it('a Vietnamese page whose sidebar of timestamped headlines has no heading', () => {
    const a = ingest(`Trang chủ > Thế giới
Việt Nam và Nhật Bản tăng cường hợp tác an ninh biển
Hà Nội (TTXVN) - Việt Nam và Nhật Bản ngày 3/7 đã ký thỏa thuận tăng cường hợp tác an ninh biển.
Phía Nhật Bản cam kết hỗ trợ tàu tuần tra cho lực lượng cảnh sát biển Việt Nam.
Hàn Quốc phóng vệ tinh
08:00 02/07/2023
Trung Quốc tập trận
07:00 01/07/2023
`);
    expect(a.paragraphs).toHaveLength(2);
    expect(a).toMatchObject({ dateText: 'ngày 3/7', publishedAt: null, source: 'TTXVN', countriesMentioned: ['JP', 'VN'] });
  });

  it('does not take a date from a ticker of timestamped headlines above the headline', () => {
    const a = ingest(`Tin mới
Hàn Quốc phóng vệ tinh quân sự thứ hai
08:00 02/07/2023
Trung Quốc tập trận gần Đài Loan
07:00 01/07/2023
Việt Nam và Nhật Bản tăng cường hợp tác an ninh biển
Chia sẻ
Facebook
Twitter
Thứ Hai, 03/07/2023
Việt Nam và Nhật Bản hôm nay đã ký thỏa thuận tăng cường hợp tác an ninh biển trong chuyến thăm của Thủ tướng Nhật.
`);
    expect(a.title).toBe('Việt Nam và Nhật Bản tăng cường hợp tác an ninh biển');
    expect(a.publishedAt).toBe('2023-07-03');
    const noClock = ingest(`Hàn Quốc phóng vệ tinh quân sự thứ hai
08:00 02/07/2023
Trung Quốc tập trận gần Đài Loan
07:00 01/07/2023
Việt Nam và Nhật Bản tăng cường hợp tác an ninh biển
Việt Nam và Nhật Bản hôm nay đã ký thỏa thuận tăng cường hợp tác an ninh biển trong chuyến thăm của Thủ tướng Nhật.
`);
    expect(noClock.publishedAt).toBeNull();
  });

  it('keeps a body printed twice once, and a short picture line printed twice as one caption', () => {
    const p1 = 'The two ministers met in Doha to discuss border security and the exchange of intelligence.';
    const p2 = 'Qatar and Turkey agreed to hold a joint exercise next spring, officials said after the meeting.';
    const a = ingest(['Qatar and Turkey deepen security ties', p1, 'Ministers in Doha', 'Ministers in Doha', p2, p1, p2].join('\n'));
    expect(a.paragraphs).toEqual([p1, p2]);
    expect(a.captions).toEqual(['Ministers in Doha']);
    expect(a.countryPair).toEqual(['QA', 'TR']);
  });

  it('reads an article without a headline line', () => {
    const body =
      'Pakistan and China signed a counterterrorism agreement in Beijing on Monday, officials from both countries said in a joint statement issued after the talks ended late in the evening. '.repeat(
        3,
      );
    const c = cleanArticle(body);
    expect(c.paragraphs).toHaveLength(1);
  });

  it('refuses a page with no article body', () => {
    const r = ingestFile(enc('Home | World | Asia\nShare\nXS\nSM'), 'menu.txt');
    expect(r).toMatchObject({ ok: false, reason: 'no-text' });
  });
});

describe('bidi controls and identifiers', () => {
  it('strips override/isolate controls from title, dateText and file name but keeps ZWNJ', () => {
    const a = ingest(
      '\u202Bهمکاری امنیتی ایران و عراق می‌یابد گسترش\u202C\n\u2067۱۵ تیر ۱۴۰۳\u2069\nوزیر کشور ایران در دیدار با همتای عراقی خود در تهران بر گسترش همکاری‌های امنیتی دو کشور تأکید کرد.',
      'dir/Report\u202Egnp.txt',
    );
    expect(a.file).toBe('Reportgnp.txt');
    expect(a.title).toBe('همکاری امنیتی ایران و عراق می‌یابد گسترش');
    expect(a.title).toContain('\u200C');
    expect(a.dateText).toBe('۱۵ تیر ۱۴۰۳');
  });
});

describe('cleanArticle: page structure by method, not by site', () => {
  const P = [
    'The interior ministers of both countries agreed on Tuesday to set up a joint unit of police and intelligence officers to track suspects who move across the border.',
    'The unit will share databases in real time and run joint surveillance operations, according to a statement issued after the meeting in the capital.',
    '“We cannot fight them separately,” one minister told reporters, adding that a joint committee would meet every month to review its work.',
    'Rights groups said the pooling of databases should be reviewed by parliament before the first operations begin next year.',
  ];

  it('takes the headline nearest the body over kickers, section labels, tickers and pre-titles', () => {
    const c = cleanArticle(
      [
        'DAILY HORIZON',
        'BREAKING: Explosion reported near the central market, police say — June 9, 2024',
        'Home | World | Security | Opinion',
        'SECURITY',
        'Talks in the capital ended late on Monday;',
        'Neighbours agree to set up a joint unit against cross-border militants',
        'By Jane Doe',
        'Reading time: 3 min',
        ...P,
      ].join('\n'),
    );
    expect(c.title).toBe('Neighbours agree to set up a joint unit against cross-border militants');
    expect(c.paragraphs).toEqual(P);
    expect(c.byline.author).toBe('Jane Doe');
    expect(c.titleConfidence).toBeGreaterThan(0.5);
    expect(c.bodyConfidence).toBeGreaterThan(0.5);
  });

  it('drops pull quotes, prompts, tag lines, an author bio and everything after a heading of other articles', () => {
    const c = cleanArticle(
      [
        'Neighbours agree to set up a joint unit against cross-border militants',
        'By Jane Doe',
        P[0],
        P[1],
        '“We cannot fight them separately.”',
        P[2],
        'Get the latest news delivered to your inbox.',
        P[3],
        'Tags: border, security, police',
        'Jane Doe covers security and justice for the Daily Horizon. She previously reported from the capital.',
        'Read more',
        'Another summit ends without agreement on the disputed border crossing',
        'Ministers from the two countries failed to agree on the reopening of the main crossing point after two days of talks in the capital.',
        '© 2024 Daily Horizon. All rights reserved.',
      ].join('\n'),
    );
    expect(c.paragraphs).toEqual(P);
    expect(c.removed).toContain('Jane Doe covers security and justice for the Daily Horizon. She previously reported from the capital.');
    expect(c.removed).toContain('“We cannot fight them separately.”');
  });

  it('reads an Arabic page whose long headline opens the prose and whose credit line follows the body', () => {
    const body = [
      'بحث مستشار الأمن القومي، اليوم الثلاثاء، مع وفد أمني رفيع سبل تعزيز التعاون في مجال ضبط الحدود المشتركة ومكافحة تهريب الأسلحة والمخدرات.',
      'وذكر بيان رسمي أن الجانبين ناقشا آليات تبادل المعلومات الاستخبارية بشأن تحركات عناصر التنظيمات المسلحة في المناطق الحدودية.',
      'وشدد الجانبان على أهمية استمرار التنسيق بين الأجهزة الأمنية في البلدين وعقد اجتماعات دورية لمتابعة تنفيذ ما تم الاتفاق عليه.',
    ];
    const c = cleanArticle(
      [
        'الرئيسية',
        'سياسة',
        'أمن',
        'العراق وسوريا يبحثان تعزيز التعاون الأمني وضبط الحدود المشتركة بين البلدين لمواجهة التهريب',
        'بغداد - واع',
        ...body,
        'شارك الخبر',
        'الأكثر قراءة',
        'ارتفاع أسعار الذهب في الأسواق المحلية | 2024-08-13',
      ].join('\n'),
    );
    expect(c.title).toBe('العراق وسوريا يبحثان تعزيز التعاون الأمني وضبط الحدود المشتركة بين البلدين لمواجهة التهريب');
    expect(c.paragraphs).toEqual(body);
    expect(c.byline).toEqual({ author: null, source: 'واع' });
  });

  it('gives low confidence to a page with no headline and little prose', () => {
    const c = cleanArticle('Home | World\nShort note without much in it.');
    expect(c.title).toBeNull();
    expect(c.titleConfidence).toBeLessThan(0.5);
    expect(c.bodyConfidence).toBeLessThan(0.5);
  });
});

describe('cleanArticle: tightly wrapped pages', () => {
  const lead = [
    'Viêng Chăn, 12/8 (TTXVN) - Cảnh sát Lào và Thái Lan vừa nhất trí mở rộng các',
    'chiến dịch tuần tra chung trên sông Mê Kông, tập trung ngăn chặn đường dây vận',
    'chuyển ma túy tổng hợp, vũ khí và chất nổ từ khu vực Tam giác vàng xuống phía',
    'nam.',
    'Thỏa thuận được đưa ra tại cuộc họp thường niên của Ủy ban hợp tác an ninh biên',
    'giới hai nước diễn ra ở thủ đô Viêng Chăn. Theo đó, hai bên sẽ tăng số chốt kiểm',
    'soát liên hợp tại các bến phà, lắp đặt hệ thống camera nhiệt dọc những đoạn sông',
    'hẹp và chia sẻ danh sách đối tượng bị truy nã trong vòng 24 giờ kể từ khi có',
    'lệnh bắt.',
  ];

  it('finds a headline glued to its lead by the wrap, and keeps a date line apart', () => {
    const headline = 'Lào và Thái Lan tuần tra chung trên sông Mê Kông, siết đường vận chuyển ma túy';
    const c = cleanArticle(['TIN MEKONG 24H', 'Trang nhất | Biên giới | Kinh tế', headline, ...lead].join('\n'));
    expect(c.title).toBe(headline);
    expect(c.paragraphs[0]).toMatch(/^Viêng Chăn, 12\/8 \(TTXVN\) - Cảnh sát Lào/);
    expect(c.paragraphs).toHaveLength(2);
    const dated = cleanArticle(
      ['', headline, 'Thứ Hai, 12/8/2024 08:15', '', lead.slice(0, 4).join('\n'), '', lead.slice(4).join('\n')].join('\n'),
    );
    expect(dated.title).toBe(headline);
  });

  // The lead is wrapped at 80 characters; so is a headline one word longer than that.
  const longHeadline = 'Lào, Thái Lan tuần tra chung trên sông Mê Kông để siết chặt đường vận chuyển ma túy';
  const wrappedHeadline = [longHeadline.slice(0, longHeadline.lastIndexOf(' ')), longHeadline.slice(longHeadline.lastIndexOf(' ') + 1)];

  it('takes back the last word a wrapped headline left on a line of its own', () => {
    expect(wrappedHeadline[0]!.length).toBeLessThanOrEqual(80);
    expect(wrappedHeadline[0]!.length + 1 + wrappedHeadline[1]!.length).toBeGreaterThan(80);
    const c = cleanArticle(
      ['TIN MEKONG 24H', 'Trang nhất | Biên giới | Kinh tế', ...wrappedHeadline, 'Thứ Hai, 12/8/2024 08:15', ...lead].join('\n'),
    );
    expect(c.title).toBe(longHeadline);
    expect(c.removed).not.toContain(wrappedHeadline[1]);
    expect(c.paragraphs[0]).toMatch(/^Viêng Chăn, 12\/8 \(TTXVN\) - Cảnh sát Lào/);
  });

  it("takes back a wrapped headline's last word when the lead follows it directly", () => {
    const c = cleanArticle(['TIN MEKONG 24H', 'Trang nhất | Biên giới | Kinh tế', ...wrappedHeadline, ...lead].join('\n'));
    expect(c.title).toBe(longHeadline);
    expect(c.paragraphs[0]).toMatch(/^Viêng Chăn, 12\/8 \(TTXVN\) - Cảnh sát Lào/);
  });

  it('takes back a headline wrapped over three lines at a narrow width', () => {
    const headline = 'Lào và Thái Lan mở rộng tuần tra chung trên sông Mê Kông để siết chặt đường vận chuyển ma túy tổng hợp';
    const lines = wrapAt(headline, 44);
    expect(lines).toHaveLength(3);
    const c = cleanArticle(['TIN MEKONG 24H', ...lines, 'Thứ Hai, 12/8/2024 08:15', ...wrapAt(lead.join(' '), 44)].join('\n'));
    expect(c.title).toBe(headline);
  });

  it('never takes a name printed under a full headline line for its tail', () => {
    const c = cleanArticle(['TIN MEKONG 24H', wrappedHeadline[0]!, 'Minh Anh', 'Thứ Hai, 12/8/2024 08:15', ...lead].join('\n'));
    expect(c.title).toBe(wrappedHeadline[0]);
  });
});

describe('cleanArticle: headline, deck and key points', () => {
  const P = [
    'Poland and Lithuania will set up a joint operations room and share drone footage along their borders, the two interior ministers announced on Sunday.',
    'The ministers said the room would be staffed around the clock by border guards from both countries and would open before the end of the year.',
    'Rights groups warned that the surveillance should be reviewed by both parliaments before it begins, and asked for the rules to be published.',
  ];

  it('takes the headline over the deck printed under it, and never a key point', () => {
    const c = cleanArticle(
      [
        'World | Europe | Baltics',
        'Poland and Lithuania to share border surveillance',
        '',
        'The two neighbours will pool drone footage and open a joint operations room on their eastern borders',
        '',
        'Key points',
        '• Joint room to open before the end of the year',
        '• Drone footage shared in real time',
        'Karolina Nowak in Vilnius',
        ...P,
      ].join('\n'),
    );
    expect(c.title).toBe('Poland and Lithuania to share border surveillance');
    expect(c.paragraphs).toEqual(P);
    expect(c.byline.author).toBe('Karolina Nowak');
  });

  it('keeps a pre-title that leads into the headline apart from it', () => {
    const c = cleanArticle(
      ['با حضور فرماندهان مرزبانی دو کشور؛', 'ایران و جمهوری آذربایجان بر تقویت گشت‌های مشترک در مرز ارس توافق کردند', ...P].join('\n'),
    );
    expect(c.title).toBe('ایران و جمهوری آذربایجان بر تقویت گشت‌های مشترک در مرز ارس توافق کردند');
  });

  it('reads a byline with the journalist’s role, and a labelled one with its stamp', () => {
    expect(
      cleanArticle(['Poland and Lithuania to share border surveillance', 'Mateo Quintero, Andean correspondent', ...P].join('\n')).byline
        .author,
    ).toBe('Mateo Quintero');
    expect(
      cleanArticle(
        [
          'Poland and Lithuania to share border surveillance',
          'Đăng bởi: Trần Bảo Ngọc   |   05.03.2024 - 10:45   |   Lượt xem: 1.204',
          ...P,
        ].join('\n'),
      ).byline.author,
    ).toBe('Trần Bảo Ngọc');
  });

  it('never joins a menu to the cookie banner under it on a wrapped page, and drops both', () => {
    const wrapped = P.flatMap((p) => [...wrapAt(p, 76), '']);
    const c = cleanArticle(
      [
        'World | Europe | Baltics | Nordics | Defence | Energy | Opinion | Newsletters',
        'We use cookies to improve your experience on our site. By continuing to',
        'browse you agree to our use of cookies. Manage preferences | Accept all',
        '',
        'Poland and Lithuania to share border surveillance',
        '',
        ...wrapped,
      ].join('\n'),
    );
    expect(c.title).toBe('Poland and Lithuania to share border surveillance');
    expect(c.paragraphs[0]).toBe(P[0]);
  });
});
