import { describe, expect, it } from 'vitest';
import { findAuthor, parseAttribution, parseCreditLine, parseLeadSource } from './bylines';
import { cleanArticle } from './clean';
import { ingestFile } from './index';

const BODY = [
  'The two governments agreed to share intelligence on armed groups operating along their common border, officials said after the meeting.',
  'Under the agreement, the border forces of both countries will hold monthly meetings and run joint patrols in the mountain districts.',
];

describe('parseLeadSource', () => {
  it.each([
    ['VOV.VN - Ngoại trưởng Mỹ khẳng định', 'VOV.VN'],
    ['VOV.VN -Chính quyền Pakistan thông báo', 'VOV.VN'],
    ['(VOV) - Thỏa thuận đưa ra các biện pháp', 'VOV'],
    ['Hà Nội (TTXVN) - Việt Nam và Nhật Bản', 'TTXVN'],
    ['WASHINGTON (Reuters) — The United States', 'Reuters'],
    ['TPO - Sáng nay', 'TPO'],
    ['Viêng Chăn, 12/8 (TTXVN) - Cảnh sát Lào và Thái Lan', 'TTXVN'],
    ['KABUL, 2024/05/12 (AFP) - Afghan officials said', 'AFP'],
  ])('%s', (paragraph, source) => {
    expect(parseLeadSource(paragraph)).toBe(source);
  });

  it.each(['Mỹ - Nga cam kết hợp tác', 'Hôm qua (14/10), Mỹ và Nga cam kết', 'لوی درستیز اردوی پاکستان'])('no source in: %s', (p) => {
    expect(parseLeadSource(p)).toBeNull();
  });
});

describe('parseCreditLine', () => {
  it.each([
    ['Theo_VnMedia', 'VnMedia'],
    ['Theo VnExpress', 'VnExpress'],
    ['(Theo Reuters)', 'Reuters'],
    ['Nguồn: Tuổi Trẻ', 'Tuổi Trẻ'],
    ['المصدر: وكالات', 'وكالات'],
    ['Source: AFP', 'AFP'],
    ['Source: Reuters | 5 March 2024 14:20', 'Reuters'],
    ['المصدر: الوكالة الوطنية للإعلام 2024-03-05 14:20', 'الوكالة الوطنية للإعلام'],
  ])('%s', (line, source) => {
    expect(parseCreditLine(line)).toBe(source);
  });

  it('reads the source printed beside the date under the headline, and the date too', () => {
    for (const stamp of ['Source: Reuters | 5 March 2024 14:20', 'Source: Reuters 2024-03-05']) {
      const page = ingestFile(
        new TextEncoder().encode(['Kenya and Somalia agree to reopen border crossings', stamp, '', ...BODY].join('\n')),
        'a.txt',
      );
      expect(page.ok && [page.source, page.publishedAt]).toEqual(['Reuters', '2024-03-05']);
    }
  });

  it.each([
    'Nguồn: Tổng hợp',
    'Theo dõi VGT trên',
    'Theo ông Kerry, hai bên cần thừa nhận những bất đồng trong một số lĩnh vực quan trọng',
  ])('not a credit: %s', (line) => {
    expect(parseCreditLine(line)).toBeNull();
  });
});

describe('findAuthor', () => {
  it('reads a bare name line and labelled bylines, stripping bidi controls', () => {
    expect(findAuthor(['محمد شعت'])).toBe('محمد شعت');
    expect(findAuthor(['By Jane Doe'])).toBe('Jane Doe');
    expect(findAuthor(['Tác giả: Minh Anh'])).toBe('Minh Anh');
    expect(findAuthor(['By Jane Doe, Security Correspondent'])).toBe('Jane Doe');
    expect(findAuthor(['بقلم \u202Bأحمد علي\u202C'])).toBe('أحمد علي');
  });

  it('does not take section labels, countries or phrases for names', () => {
    expect(findAuthor(['Thế giới'])).toBeNull();
    expect(findAuthor(['باكستان والهند'])).toBeNull();
    expect(findAuthor(['في هذا اليوم'])).toBeNull();
    expect(findAuthor(['Bài viết này'])).toBeNull();
    // Arabic script has no capitals: phrases are told from names by their function words.
    expect(findAuthor(['دیدگاه شما'])).toBeNull();
    expect(findAuthor(['تبصرہ کریں'])).toBeNull();
    expect(findAuthor(['ندا فاطمہ'])).toBe('ندا فاطمہ');
  });
});

describe('a byline that names the person and the agency', () => {
  it.each([
    ['Jane Doe, Reuters', 'Jane Doe', 'Reuters'],
    ['By Jane Doe / AFP', 'Jane Doe', 'AFP'],
    ['محمد رضایی - ایرنا', 'محمد رضایی', 'ایرنا'],
  ])('%s', (line, author, source) => {
    const page = cleanArticle(['Kenya and Somalia agree to reopen border crossings', line, ...BODY].join('\n'));
    expect(page.byline).toEqual({ author, source });
  });

  it('reads a byline that carries the date and a reading time like a menu', () => {
    const page = cleanArticle(
      ['Kenya and Somalia agree to reopen border crossings', 'By Kwame Asante-Boateng | 2023-09-12 14:20 WAT | 4 min read', ...BODY].join(
        '\n',
      ),
    );
    expect(page.byline.author).toBe('Kwame Asante-Boateng');
  });

  it('does not take a place for an agency', () => {
    const page = cleanArticle(['Kenya and Somalia agree to reopen border crossings', 'Jane Doe, Nairobi', ...BODY].join('\n'));
    expect(page.byline.source).toBeNull();
  });
});

describe('parseAttribution', () => {
  it.each([
    ['به گزارش ایرنا، وزیر کشور گفت که همکاری ادامه دارد.', 'ایرنا'],
    ['سرکاری خبر رساں ادارے اے پی پی کے مطابق ٹاسک فورس کا اجلاس ہر ماہ ہوگا۔', 'اے پی پی'],
    ['وقال المتحدث وفقا لوكالة الأنباء إن الاجتماع انتهى، ونقلت وكالة سانا عن مصدر أن الجانبين اتفقا.', 'سانا'],
    ['The talks ended late on Monday, according to Reuters, and will resume next month.', 'Reuters'],
  ])('%s', (paragraph, source) => expect(parseAttribution(paragraph)).toBe(source));

  it('does not take a ministry or a person quoted the same way for the source', () => {
    expect(parseAttribution('وزارت داخلہ کے مطابق ٹاسک فورس کا اجلاس ہر ماہ ہوگا۔')).toBeNull();
    expect(parseAttribution('The talks ended, according to the interior minister.')).toBeNull();
  });
});
