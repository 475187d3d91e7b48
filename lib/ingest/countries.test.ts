import { describe, expect, it } from 'vitest';
import { countCountries, judgeCountryPair } from './country-mentions';

const codes = (text: string) => countCountries(text).map((c) => c.code).sort();

describe('countCountries: names, adjectives and short forms', () => {
  it.each([
    ['Mỹ và Hoa Kỳ, Nga, Triều Tiên, Trung Quốc, Ấn Độ', ['CN', 'IN', 'KP', 'RU', 'US']],
    ['Hàn Quốc và Nam Triều Tiên là một', ['KR']],
    ['the US, the U.S. and the USA; American and Americans', ['US']],
    ['Pakistan and Pakistani officials; Afghan refugees', ['AF', 'PK']],
    ['امریکا و آمریکا و ایالات متحده', ['US']],
    ['الولايات المتحدة والأمريكي والأميركية', ['US']],
    ['باكستان والباكستانية والباكستانيين', ['PK']],
    ['أفغانستان والأفغان', ['AF']],
    ['پاکستان و پاکستانی‌ها و امریکایی', ['PK', 'US']],
    ['بالعراق وللعراق والعراقيين', ['IQ']],
    ['امریکہ اور بھارت اور چین', ['CN', 'IN', 'US']],
    ['کره شمالی و کره جنوبی', ['KP', 'KR']],
    ['كوريا الشمالية', ['KP']],
  ])('%s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it('counts every mention', () => {
    const text = 'Iran, Iran và Iran; Pakistan';
    expect(countCountries(text)).toEqual([
      { code: 'IR', count: 3, first: 0 },
      { code: 'PK', count: 1, first: text.indexOf('Pakistan') },
    ]);
  });
});

describe('countCountries: word-boundary traps', () => {
  it.each([
    ['Islamabad, Tehran, Washington, Moscow, Kabul, إسلام آباد, واشنطن'],
    ['Vệ tinh tên là Nahid (thần Vệ nữ)'],
    ['Romania; a woman; the Indiana pacers; Somaliland'],
    ['thẩm mỹ, mỹ nam, ca sĩ Mỹ Tâm, Hoa hậu Đỗ Mỹ Linh, châu Mỹ, Mỹ Latinh'],
    ['chị Nga, Thúy Nga, chú Hằng Nga'],
    ['Anh ấy nói; tiếng Anh; ông Anh cho biết; Tuấn Anh'],
    ['luật pháp, biện pháp, Bộ Tư pháp, Pháp luật'],
    ['Đức Giáo hoàng, Minh Đức'],
    ['cập nhật, Chủ Nhật'],
    ['Ý kiến bạn đọc'],
    ['us and them; USB; AUS'],
    ['Latin America and South America; Latin American music'],
    ['the Indian Ocean'],
    ['Nhà nước Hồi giáo (IS), Trung Đông, Nam Á, người Kurd'],
    ['الأمم المتحدة'],
    ['المهندس هندسة; مصرف; دروس; الهندسة'],
    ['او مصر است که برود'],
    ['ایالت های خیبرپختونخوا و بلوچستان'],
    ['قطرة ماء'],
  ])('no country in: %s', (text) => {
    expect(codes(text)).toEqual([]);
  });

  it('still finds countries next to traps', () => {
    expect(codes('Thủ tướng Anh và Thủ tướng Nhật gặp Tổng thống Pháp')).toEqual(['FR', 'GB', 'JP']);
    expect(codes('Nga – Mỹ bất ngờ kề vai sát cánh')).toEqual(['RU', 'US']);
    expect(codes('Ngoại trưởng Nga Sergey Lavrov')).toEqual(['RU']);
    expect(codes('nước Đức')).toEqual(['DE']);
    expect(codes('Mỹ, Anh và Úc')).toEqual(['AU', 'GB', 'US']);
    expect(codes('Oman and the Omani navy; Mali; Somalia')).toEqual(['ML', 'OM', 'SO']);
  });
});

describe('judgeCountryPair', () => {
  const pair = (title: string, body: string) => judgeCountryPair(countCountries(title), countCountries(body));

  it('takes the two countries of the headline, sorted', () => {
    expect(pair('Mỹ tăng cường hợp tác chống khủng bố với Pakistan', 'Mỹ ... Pakistan ... Afghanistan')).toEqual(['PK', 'US']);
  });

  it('uses body weight among three headline countries', () => {
    expect(pair('Iran, Iraq and Syria meet', 'Iraq Iraq Iraq Syria Syria Iran')).toEqual(['IQ', 'SY']);
  });

  it('finds the partner of a single headline country in the body', () => {
    expect(pair('Pakistan signs security pact', 'China and Pakistan ... China ... Pakistan ... India')).toEqual(['CN', 'PK']);
    expect(pair('Pakistan signs security pact', 'Pakistan ... India once')).toBeNull();
  });

  it('needs two clearly leading countries without a headline country', () => {
    expect(pair('Security pact signed', 'Iran Iran Iran Iraq Iraq Syria')).toEqual(['IQ', 'IR']);
    expect(pair('Security pact signed', 'Iran Iran Iran Iraq Iraq Syria Syria')).toBeNull();
    expect(pair('Security pact signed', 'nothing here')).toBeNull();
  });
});
