import { describe, expect, it } from 'vitest';
import { countCountries, readCountries } from './country-mentions';

const codes = (text: string) =>
  countCountries(text)
    .map((c) => c.code)
    .sort();

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
    ['a woman; the Indiana pacers; Somaliland; Omaha; Malibu'],
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
    expect(codes('Romania, not Oman')).toEqual(['OM', 'RO']);
  });
});

describe('countCountries: gazetteer from CLDR plus aliases and demonyms', () => {
  it.each([
    ['Nigerien troops and Nigerian officers; Niger and Nigeria', ['NE', 'NG']],
    ['Belgian police; Congolese army; the DRC and DR Congo', ['BE', 'CD']],
    ['the UK, the UAE and the U.S.', ['AE', 'GB', 'US']],
    ['Burkina Faso, Cameroon and Luxembourg', ['BF', 'CM', 'LU']],
    ['ازبکستان و قرغیزستان', ['KG', 'UZ']],
    ['بلجيكا ومالي والنيجر وبوركينا فاسو', ['BE', 'BF', 'ML', 'NE']],
    ['الشرطة البلجيكية والجيش الأوغندي', ['BE', 'UG']],
    ['نیروهای امریکایی و مقام‌های آمریکایی', ['US']],
    ['افغان‌ها و ترکیه‌ای‌ها و پاکستانی', ['AF', 'PK', 'TR']],
    ['آلمان و ألمانيا', ['DE']],
    ['عراق، شام اور لبنان', ['IQ', 'LB', 'SY']],
    ['Kenya, Somalia và Ethiopia; Lào và Campuchia', ['ET', 'KE', 'KH', 'LA', 'SO']],
  ])('%s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});

describe('countCountries: features, capitals, look-alikes and ordinary words', () => {
  it.each([
    ['Ấn Độ Dương; the Indian Ocean; اقیانوس هند; المحيط الهندي; بحر ہند'],
    ['دریای عمان و خلیج عمان; the Gulf of Oman; the South China Sea'],
    ['Lake Chad basin; the Niger River; Niger Delta'],
    ['مضيق جبل طارق; the Strait of Gibraltar'],
    ['استان آذربایجان غربی و آذربایجان شرقی; West Azerbaijan'],
    ['Moscow, Washington, مسکو, واشنطن, Tehran'],
    ['الذراع اليمنى لزعيمها'],
    ['العاصمة عمّان'],
    ['حمایت مالی و کمک‌های مالی'],
    ['آج شام کو اجلاس ہوا'],
    ['Chad Smith and Israel Katz'],
    ['tỉnh Lào Cai'],
    ['New Mexico and New Jersey'],
  ])('no country in: %s', (text) => {
    expect(codes(text)).toEqual([]);
  });

  it('keeps an ordinary-word name when it stands in a list of countries or after "country"', () => {
    expect(codes('مالی و نیجر')).toEqual(['ML', 'NE']);
    expect(codes('کشور مالی')).toEqual(['ML']);
    expect(codes('ملک شام')).toEqual(['SY']);
  });

  it('reads عمان as Amman in a dateline or beside Jordan, as Oman otherwise', () => {
    expect(codes('عمان 3 آذار (بترا) - اتفق الطرفان')).toEqual([]);
    expect(codes('زار وزير الأردن عمان')).toEqual(['JO']);
    expect(codes('وقعت عمان والسعودية اتفاقا')).toEqual(['OM', 'SA']);
  });
});

describe('readCountries: a headline that names three countries', () => {
  it('takes the two it joins as subjects, whatever the body counts', () => {
    const body = [
      'Belarus has pushed migrants towards the border, officials said. Belarus denies it. Belarus, Belarus, Belarus.',
      'Poland and Lithuania will share drone footage.',
    ];
    expect(readCountries('Poland and Lithuania to share border surveillance as pressure from Belarus grows', body).pair).toEqual([
      'LT',
      'PL',
    ]);
    expect(
      readCountries('مصر وليبيا تتفقان على دوريات مشتركة بعد هجوم قرب الحدود مع السودان', ['اتفقت مصر وليبيا على دوريات مشتركة.'], 'ar')
        .pair,
    ).toEqual(['EG', 'LY']);
  });

  it('reads the Central African Republic by its short name and the Maghreb as no country', () => {
    expect(readCountries('', ['ناقش الجانبان الوضع في ليبيا وأفريقيا الوسطى.'], 'ar').mentioned).toEqual(['CF', 'LY']);
    expect(readCountries('', ['تعزيز التعاون بين دول المغرب العربي وتونس.'], 'ar').mentioned).toEqual(['TN']);
  });
});

describe('readCountries: forms whose meaning depends on the language', () => {
  it('reads مغربی as Moroccan in Arabic and as "western" in Urdu and Persian', () => {
    const arabic = 'وقالت الشرطة المغربية إن التعاون مع الجانب الإسباني مستمر.';
    expect(readCountries('', [arabic], 'ar').mentioned).toEqual(['ES', 'MA']);
    const urdu = 'حکام نے شمال مغربی سرحدی علاقوں میں آپریشن کے بارے میں بریفنگ دی۔';
    expect(readCountries('', [urdu], 'ur').mentioned).toEqual([]);
    const persian = 'کشورهای مغربی زمین به این توافق واکنش نشان دادند.';
    expect(readCountries('', [persian], 'fa-IR').mentioned).toEqual([]);
    // Morocco by its own name, and Iraq's adjective, still count in Urdu.
    expect(readCountries('', ['مراکش اور عراقی حکام نے ملاقات کی۔'], 'ur').mentioned).toEqual(['IQ', 'MA']);
  });
});

describe('readCountries: the pair by salience', () => {
  const body = (...paragraphs: string[]) => paragraphs;

  it('takes the two headline countries when the body agrees, with full confidence', () => {
    const r = readCountries(
      'Iran and Pakistan sign security pact',
      body('Iran and Pakistan agreed…', 'Pakistan said Iran…', 'Iraq welcomed it.'),
    );
    expect(r).toEqual({ mentioned: ['IQ', 'IR', 'PK'], pair: ['IR', 'PK'], confidence: 1 });
  });

  it('counts capitals in the headline toward the pair, never as mentions', () => {
    const r = readCountries('تهران و اسلام‌آباد توافق کردند', body('ایران و پاکستان توافق کردند.', 'پاکستان و ایران.'));
    expect(r.pair).toEqual(['IR', 'PK']);
    expect(r.mentioned).toEqual(['IR', 'PK']);
    expect(readCountries('Moscow talks', body('Talks were held.')).mentioned).toEqual([]);
  });

  it('uses body weight among three headline countries', () => {
    expect(readCountries('Iran, Iraq and Syria meet', body('Iraq Iraq Iraq Syria Syria Iran')).pair).toEqual(['IQ', 'SY']);
  });

  it('finds the partner of a single headline country only when it stands out', () => {
    expect(readCountries('Pakistan signs security pact', body('China and Pakistan…', 'China… Pakistan… India')).pair).toEqual(['CN', 'PK']);
    expect(readCountries('Pakistan signs security pact', body('Pakistan… India once')).pair).toBeNull();
    expect(readCountries('Pakistan signs pact', body('China and India…', 'China and India…')).pair).toBeNull();
  });

  it('weighs the lead paragraph more than later ones', () => {
    const r = readCountries(
      'Security pact signed',
      body('Iran and Iraq signed a pact; Iran said…', 'Syria noted it.', 'Syria again.', 'Iraq.'),
    );
    expect(r.pair).toEqual(['IQ', 'IR']);
    expect(r.confidence).toBeLessThan(0.8);
  });

  it('is null when two countries do not clearly stand out', () => {
    expect(readCountries('Security pact signed', body('Iran Iran Iran Iraq Iraq Syria Syria')).pair).toBeNull();
    expect(readCountries('Security pact signed', body('nothing here'))).toEqual({ mentioned: [], pair: null, confidence: 0 });
  });
});
