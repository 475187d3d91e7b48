import { describe, expect, it } from 'vitest';
import { ingestBatch } from './batch';
import { templateLines } from './template';

const enc = (s: string) => new TextEncoder().encode(s);

/** Pages of one site: the same masthead, slogan and footer around different articles. */
function sitePage(headline: string, body: readonly string[]): string {
  return [
    'QUỐC PHÒNG TOÀN DÂN',
    'Trang chủ | Thời sự | Quốc tế',
    headline,
    'Cơ quan ngôn luận của lực lượng vũ trang nhân dân',
    ...body,
    '© Quốc Phòng Toàn Dân',
  ].join('\n');
}

const ARTICLES: [string, string[]][] = [
  [
    'Việt Nam và Lào ký kế hoạch tuần tra chung trên tuyến biên giới',
    [
      'Hai bên thống nhất tổ chức các đợt tuần tra chung định kỳ hằng quý và trao đổi thông tin về tội phạm ma túy xuyên biên giới.',
      'Kế hoạch cũng bao gồm việc lập đường dây nóng giữa các đồn biên phòng của hai nước để kịp thời xử lý tình huống phát sinh.',
    ],
  ],
  [
    'Indonesia và Malaysia tăng cường phối hợp chống cướp biển',
    [
      'Hải quân hai nước nhất trí chia sẻ dữ liệu radar và tăng số chuyến tuần tra phối hợp tại eo biển Malacca trong năm tới.',
      'Các vụ cướp tàu chở hàng trong khu vực đã giảm mạnh kể từ khi cơ chế tuần tra chung được khởi động vào năm ngoái.',
    ],
  ],
  [
    'Thái Lan và Campuchia lập trung tâm điều phối an ninh biên giới',
    [
      'Trung tâm sẽ giám sát các điểm nóng buôn lậu vũ khí dọc biên giới và phối hợp truy bắt các đối tượng vượt biên trái phép.',
      'Đại diện hai bên cho biết trung tâm sẽ đi vào hoạt động từ đầu năm sau với sự tham gia của cảnh sát và quân đội.',
    ],
  ],
];

describe('templateLines', () => {
  it('keeps the lines printed on at least three pages, compared as the cleaner compares them', () => {
    const template = templateLines(ARTICLES.map(([h, b]) => sitePage(h, b)));
    expect(template.has('cơ quan ngôn luận của lực lượng vũ trang nhân dân')).toBe(true);
    expect(template.has('trang chủ | thời sự | quốc tế')).toBe(true);
    expect([...template].some((k) => k.includes('lào'))).toBe(false);
    expect(templateLines(ARTICLES.slice(0, 2).map(([h, b]) => sitePage(h, b))).size).toBe(0);
  });
});

describe('a batch from one site', () => {
  it('treats the site’s slogan as furniture, so the headline above it is found', () => {
    const results = ingestBatch(ARTICLES.map(([h, b], i) => ({ name: `p${i}.txt`, bytes: enc(sitePage(h, b)) })));
    results.forEach((r, i) => {
      expect(r.ok && r.title).toBe(ARTICLES[i]![0]);
      expect(r.ok && r.paragraphs).toEqual(ARTICLES[i]![1]);
    });
  });

  it('keeps the paragraphs that syndicated copies share', () => {
    const [headline, body] = ARTICLES[0]!;
    const copies = ['a', 'b', 'c'].map((site) => ({
      name: `${site}.txt`,
      bytes: enc([`Site ${site.toUpperCase()}`, headline, ...body, `Footer of ${site}`].join('\n')),
    }));
    for (const r of ingestBatch(copies)) expect(r.ok && r.paragraphs).toEqual(body);
  });
});
