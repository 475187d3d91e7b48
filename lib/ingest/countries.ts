/**
 * Country names as news text prints them: names, adjectives, demonyms and short forms in
 * English, Vietnamese, Arabic, Persian/Dari and Urdu. Cities (Islamabad, Washington) and
 * regions (Trung Đông, Latin America) are deliberately absent: they are not countries.
 *
 * Latin-script forms are case-sensitive regex sources ("US" is not "us", "Nga" is not "nga").
 * Arabic-script forms are written naturally, then folded with the text (أ/إ/آ -> ا, ي -> ی,
 * ك -> ک, ة -> ه); the matcher adds Arabic clitics before them (و ف ب ک ل ال لل) and
 * adjective/plural endings after them (ی یه یین یون یان ها…), so "والباکستانیین" is Pakistan.
 */

export interface CountryForms {
  code: string;
  latin: readonly string[];
  arabicScript: readonly string[];
}

/** Capitalised words that are never followed by the country in a proper name ("Đỗ Mỹ Linh"). */
const VN_PERSONAL = '(?:ông|bà|anh|chị|em|cô|chú|bác|cụ|thầy|cháu|bạn|Ông|Bà|Anh|Chị|Cô|Em|nàng|chàng)';
/** Not the second part of a person's name: "Thúy Nga", "Hằng Nga", "Nguyễn Thị Anh". */
const VN_NOT_IN_NAME = `(?<!\\p{Lu}[\\p{L}\\p{M}]* )(?<!${VN_PERSONAL} )`;

/** Vietnamese one-syllable country names that are also common words or given names. */
function vnShort(name: string, notBefore: readonly string[] = [], notAfter: readonly string[] = []): string {
  const before = notBefore.map((w) => `(?<!${w} )`).join('');
  const after = notAfter.length ? `(?! (?:${notAfter.join('|')})(?![\\p{L}\\p{M}]))` : '';
  return `${VN_NOT_IN_NAME}${before}${name}${after}`;
}

/** Stricter still for Anh, Đức, Nhật, Ý: only after a lower-case word or a comma ("nước Anh", "Mỹ, Anh"). */
function vnAmbiguous(name: string, notBefore: readonly string[] = [], notAfter: readonly string[] = []): string {
  return `(?<=(?:\\p{Ll}|[,;]) )${vnShort(name, notBefore, notAfter)}`;
}

export const COUNTRIES: readonly CountryForms[] = [
  {
    code: 'US',
    latin: [
      'United States(?: of America)?', 'U\\.S\\.(?:A\\.)?', 'USA', 'US(?![$])', '(?<!(?:Latin|South|North|Central) )Americans?',
      '(?<!(?:Latin|South|North|Central) )America', 'Hoa Kỳ', 'Hoa Kì',
      vnShort('Mỹ', ['châu', 'Châu', 'Nam', 'Bắc', 'Trung', 'thẩm', 'mỹ'], ['Latinh', 'Latin', 'Tâm', 'Linh', 'Tho', 'Đình', 'Sơn', 'Khê', 'Lệ', 'Hào', 'Phước', 'Hạnh', 'Dung', 'Nhân', 'Hưng', 'Anh', 'Duyên', 'Lợi', 'Xuyên', 'Thuận']),
    ],
    arabicScript: ['الولايات المتحدة', 'ولايات المتحدة', 'ایالات متحده', 'ایالات‌متحده', 'ایالات متحدہ', 'أمريكا', 'أميركا', 'آمریکا', 'امریکہ', 'أمريك(?=ي)', 'أميرك(?=ي)', 'امریک(?=ی)'],
  },
  {
    code: 'RU',
    latin: ['Russian Federation', 'Russians?', 'Russia', 'Liên bang Nga', vnShort('Nga', ['Hằng'])],
    arabicScript: ['روسيا', 'روسیه', 'روس'],
  },
  {
    code: 'CN',
    latin: ["People's Republic of China", 'China', 'Chinese', 'Trung Quốc', 'Trung Hoa'],
    arabicScript: ['الصين', 'صين(?=ي)', 'چین'],
  },
  { code: 'IN', latin: ['India', 'Indians?(?! Ocean)', 'Ấn Độ'], arabicScript: ['الهند', 'هند(?=ي)', 'هند', 'هندوستان', 'ہندوستان', 'بھارت'] },
  { code: 'PK', latin: ['Pakistanis?', 'Pakistan', 'Pa-ki-xtan'], arabicScript: ['باكستان', 'پاکستان'] },
  { code: 'AF', latin: ['Afghanistan', 'Afghans?', 'Ápganixtan', 'Áp-ga-ni-xtan'], arabicScript: ['أفغانستان', 'افغانستان', 'أفغان', 'افغان'] },
  { code: 'IR', latin: ['Iranians?', 'Iran', 'I-ran', 'I-răng'], arabicScript: ['إيران', 'ایران'] },
  { code: 'IQ', latin: ['Iraqis?', 'Iraq', 'I-rắc', 'Irắc'], arabicScript: ['العراق', 'عراق'] },
  { code: 'SY', latin: ['Syrians?', 'Syria', 'Xy-ri', 'Xyri'], arabicScript: ['سوريا', 'سوریه', 'سوري'] },
  {
    code: 'TR',
    latin: ['Turkey', 'Türkiye', 'Turkish', 'Turks', 'Thổ Nhĩ Kỳ', 'Thổ Nhĩ Kì'],
    arabicScript: ['تركيا', 'ترکیه', 'ترک(?=ی)'],
  },
  {
    code: 'SA',
    latin: ['Saudi Arabia', 'Saudis?', 'Ả Rập Xê Út', 'Ả-rập Xê-út', 'Ả Rập Saudi', 'Arab Saudi', 'Saudi'],
    arabicScript: ['المملكة العربية السعودية', 'السعودية', 'سعودي', 'عربستان سعودی', 'عربستان', 'سعودی عرب'],
  },
  { code: 'QA', latin: ['Qataris?', 'Qatar', 'Ca-ta'], arabicScript: ['قطر'] },
  {
    code: 'AE',
    latin: ['United Arab Emirates', 'UAE', 'Emiratis?', 'Các Tiểu vương quốc Ả Rập Thống nhất', 'Tiểu vương quốc Ả Rập Thống nhất'],
    arabicScript: ['الإمارات', 'امارات', 'إمارات(?=ي)', 'متحدہ عرب امارات'],
  },
  { code: 'EG', latin: ['Egyptians?', 'Egypt', 'Ai Cập'], arabicScript: [
    // Persian مصر also means "insistent" (او مصر است).
    'مصر(?!\\s+(?:است|بود|هستند|اند|بودند|هست|شد))',
  ] },
  {
    code: 'JO',
    latin: ['Jordanians?', '(?<!(?:Michael|Vernon|Ms\\.|Mr\\.) )Jordan(?! (?:River|Valley))', 'Gioóc-đa-ni'],
    arabicScript: ['الأردن', 'اردن'],
  },
  { code: 'LB', latin: ['Lebanese', 'Lebanon', 'Li-băng', 'Liban'], arabicScript: ['لبنان'] },
  { code: 'IL', latin: ['Israelis?', 'Israel', 'I-xra-en'], arabicScript: ['إسرائيل', 'اسرائیل', 'اسرائيل'] },
  { code: 'PS', latin: ['Palestinians?', 'Palestine', 'Pa-le-xtin'], arabicScript: ['فلسطين', 'فلسطین'] },
  { code: 'YE', latin: ['Yemenis?', 'Yemen', 'Y-ê-men'], arabicScript: ['اليمن', 'یمن'] },
  { code: 'LY', latin: ['Libyans?', 'Libya', 'Li-bi'], arabicScript: ['ليبيا', 'لیبی'] },
  { code: 'SO', latin: ['Somalis?', 'Somalia', 'Xô-ma-li'], arabicScript: ['الصومال', 'صومال', 'سومالی'] },
  { code: 'NG', latin: ['Nigerians?', 'Nigeria', 'Ni-giê-ri-a'], arabicScript: ['نيجيريا', 'نیجریه', 'نائیجیریا'] },
  { code: 'ML', latin: ['Malians?', 'Mali'], arabicScript: [] },
  { code: 'DZ', latin: ['Algerians?', 'Algeria', 'An-giê-ri'], arabicScript: ['الجزائر', 'جزائر(?=ی)', 'الجزایر'] },
  { code: 'MA', latin: ['Moroccans?', 'Morocco', 'Maroc', 'Ma-rốc'], arabicScript: ['المغرب', 'مغرب(?=ی)', 'مراکش'] },
  { code: 'TN', latin: ['Tunisians?', 'Tunisia', 'Tuy-ni-di'], arabicScript: ['تونس'] },
  { code: 'SD', latin: ['Sudanese', 'Sudan', 'Xu-đăng'], arabicScript: ['السودان', 'سودان(?=ی)'] },
  {
    code: 'KP',
    latin: ['North Koreans?', 'North Korea', 'DPRK', 'Bắc Triều Tiên', 'CHDCND Triều Tiên', '(?<!(?:bán đảo|Bán đảo|Nam) )Triều Tiên'],
    arabicScript: ['كوريا الشمالية', 'کره شمالی', 'کره‌ی شمالی', 'کرهٔ شمالی', 'شمالی کوریا'],
  },
  {
    code: 'KR',
    latin: ['South Koreans?', 'South Korea', 'Hàn Quốc', 'Nam Triều Tiên'],
    arabicScript: ['كوريا الجنوبية', 'کره جنوبی', 'کره‌ی جنوبی', 'کرهٔ جنوبی', 'جنوبی کوریا'],
  },
  { code: 'JP', latin: ['Japan', 'Japanese', 'Nhật Bản', vnAmbiguous('Nhật', ['Chủ', 'cập', 'chủ'])], arabicScript: ['اليابان', 'یابان(?=ی)', 'ژاپن', 'جاپان'] },
  {
    code: 'GB',
    latin: ['United Kingdom', 'U\\.K\\.', 'UK', 'Great Britain', 'Britain', 'British', 'Vương quốc Anh', 'Anh Quốc', vnAmbiguous('Anh', ['tiếng', 'người'])],
    arabicScript: ['بريطانيا', 'بریتانیا', 'بريطاني', 'المملكة المتحدة', 'انگلیس', 'انگلستان', 'برطانیہ', 'برطانوی'],
  },
  {
    code: 'FR',
    latin: ['France', 'French', vnShort('Pháp', [], ['luật', 'lý', 'lệnh', 'nhân', 'quyền', 'chế', 'điển', 'định', 'trị', 'sư', 'Luân', 'Hoa'])],
    arabicScript: ['فرنسا', 'فرنسي', 'فرانسه', 'فرانس'],
  },
  {
    code: 'DE',
    latin: ['Germany', 'Germans?', vnAmbiguous('Đức', [], ['Giáo', 'Phật', 'Chúa', 'Thánh', 'Cha', 'Mẹ', 'Tổng', 'Thượng', 'Hồng', 'Y'])],
    arabicScript: ['ألمانيا', 'ألماني', 'آلمان', 'جرمنی'],
  },
  { code: 'IT', latin: ['Italy', 'Italians?', 'I-ta-li-a', vnAmbiguous('Ý', [], ['kiến', 'tưởng', 'định', 'nghĩa', 'thức', 'chí', 'muốn'])], arabicScript: ['إيطاليا', 'ایتالیا', 'اٹلی'] },
  { code: 'UA', latin: ['Ukrainians?', 'Ukraine', 'U-crai-na', 'Ukraina'], arabicScript: ['أوكرانيا', 'اوکراین', 'یوکرین'] },
  { code: 'BY', latin: ['Belarus(?:ian)?', 'Bê-la-rút'], arabicScript: ['بيلاروسيا', 'بلاروس'] },
  { code: 'KZ', latin: ['Kazakhstan', 'Kazakhs?', 'Ca-dắc-xtan'], arabicScript: ['كازاخستان', 'قزاقستان', 'قازقستان'] },
  { code: 'UZ', latin: ['Uzbekistan', 'Uzbeks?', 'U-dơ-bê-ki-xtan'], arabicScript: ['أوزبكستان', 'ازبکستان', 'اوزبکستان', 'ازبک', 'ازبکستان'] },
  { code: 'TJ', latin: ['Tajikistan', 'Tajiks?', 'Tát-gi-ki-xtan'], arabicScript: ['طاجيكستان', 'تاجیکستان'] },
  { code: 'TM', latin: ['Turkmenistan', 'Turkmens?'], arabicScript: ['تركمانستان', 'ترکمنستان'] },
  { code: 'KG', latin: ['Kyrgyzstan', 'Kyrgyz'], arabicScript: ['قيرغيزستان', 'قرقیزستان', 'قرغیزستان'] },
  { code: 'AZ', latin: ['Azerbaijan(?:i|is)?', 'A-déc-bai-gian'], arabicScript: ['أذربيجان', 'جمهوری آذربایجان'] },
  { code: 'BD', latin: ['Bangladesh(?:i|is)?', 'Băng-la-đét'], arabicScript: ['بنغلاديش', 'بنگلادش', 'بنگلہ دیش'] },
  { code: 'ID', latin: ['Indonesians?', 'Indonesia', 'In-đô-nê-xi-a'], arabicScript: ['إندونيسيا', 'اندونزی', 'انڈونیشیا'] },
  { code: 'PH', latin: ['Philippines', 'Filipinos?', 'Phi-líp-pin', 'Philippin'], arabicScript: ['الفلبين', 'فیلیپین'] },
  { code: 'MY', latin: ['Malaysians?', 'Malaysia', 'Ma-lai-xi-a'], arabicScript: ['ماليزيا', 'مالزی', 'ملائیشیا'] },
  { code: 'TH', latin: ['Thailand', 'Thái Lan'], arabicScript: ['تايلاند', 'تایلند'] },
  { code: 'VN', latin: ['Vietnamese', 'Vietnam', 'Viet Nam', 'Việt Nam'], arabicScript: ['فيتنام', 'ویتنام'] },
  { code: 'AU', latin: ['Australians?', 'Australia', vnShort('Úc')], arabicScript: ['أستراليا', 'استرالیا', 'آسٹریلیا'] },
  { code: 'CA', latin: ['Canadians?', 'Canada'], arabicScript: ['كندا', 'کانادا', 'کینیڈا'] },
  { code: 'KW', latin: ['Kuwaitis?', 'Kuwait', 'Cô-oét'], arabicScript: ['الكويت', 'کویت'] },
  { code: 'BH', latin: ['Bahrainis?', 'Bahrain', 'Ba-ranh'], arabicScript: ['البحرين', 'بحرین(?=ی)'] },
  { code: 'OM', latin: ['Omanis?', 'Oman', 'Ô-man'], arabicScript: ['سلطنة عمان', 'عمانی'] },
  { code: 'LK', latin: ['Sri Lankans?', 'Sri Lanka', 'Xri Lan-ca'], arabicScript: ['سريلانكا', 'سریلانکا'] },
  { code: 'SG', latin: ['Singaporeans?', 'Singapore', 'Xinh-ga-po'], arabicScript: ['سنغافورة', 'سنگاپور'] },
  { code: 'MM', latin: ['Myanmar', 'Burma', 'Mi-an-ma'], arabicScript: ['ميانمار', 'میانمار'] },
  { code: 'NP', latin: ['Nepal(?:i|ese)?', 'Nê-pan'], arabicScript: ['نيبال', 'نپال', 'نیپال'] },
  { code: 'ES', latin: ['Spain', 'Spanish', 'Tây Ban Nha'], arabicScript: ['إسبانيا', 'اسپانیا', 'سپین'] },
  { code: 'PL', latin: ['Poland', 'Polish', 'Ba Lan'], arabicScript: ['بولندا', 'لهستان', 'پولینڈ'] },
];
