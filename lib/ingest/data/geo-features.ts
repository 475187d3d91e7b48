/**
 * Words that turn a country's name into something else: a sea, gulf, strait, lake, river, basin
 * or ocean named after it (Indian Ocean, دریای عمان, Lake Chad), a province or region (استان
 * آذربایجان غربی), or its capital city (العاصمة عمان). Forms are written as printed; the matcher
 * folds them like the text, and Arabic-script words may carry clitics (البحر, والمحيط).
 */

/** Directly before the name. */
export const FEATURE_BEFORE: readonly string[] = [
  // English
  'Lake',
  'Gulf of',
  'Sea of',
  'Strait of',
  'Straits of',
  'Bay of',
  'Horn of',
  'New',
  'West',
  'East',
  // Vietnamese
  'vịnh',
  'Vịnh',
  'eo biển',
  'Eo biển',
  'Biển',
  'hồ',
  'Hồ',
  'sông',
  'Sông',
  'lưu vực',
  'tỉnh',
  'Tỉnh',
  // Arabic
  'بحر',
  'خليج',
  'مضيق',
  'بحيرة',
  'نهر',
  'حوض',
  'محيط',
  'إقليم',
  'محافظة',
  'العاصمة',
  // Persian and Dari
  'دریای',
  'دریا',
  'خلیج',
  'تنگه',
  'تنگهٔ',
  'دریاچه',
  'دریاچهٔ',
  'رود',
  'رودخانه',
  'حوزه',
  'حوزهٔ',
  'اقیانوس',
  'استان',
  'پایتخت',
  // Urdu
  'بحیرہ',
  'بحیرۂ',
  'آبنائے',
  'جھیل',
  'دریائے',
  'صوبہ',
  'صوبے',
  'دارالحکومت',
];

/** Directly after the name. */
export const FEATURE_AFTER: readonly string[] = [
  // English
  'Ocean',
  'Sea',
  'Gulf',
  'Strait',
  'Basin',
  'basin',
  'River',
  'river',
  'Valley',
  'Delta',
  'Canal',
  'Peninsula',
  'Province',
  'province',
  'City',
  // Vietnamese: Ấn Độ Dương is the Indian Ocean.
  'Dương',
  // Arabic: الجزائر العاصمة is the city of Algiers; أذربيجان الغربية a province.
  'العاصمة',
  'الغربية',
  'الشرقية',
  // المغرب العربي is the Maghreb, a region of several countries.
  'العربي',
  // Persian: آذربایجان غربی / شرقی are Iranian provinces.
  'غربی',
  'شرقی',
];

/**
 * Spellings that only look like a country once harakat and letter variants are folded away:
 * عمّان (with shadda) is Amman; اليمنى (alef maqsura) is "right", as in الذراع اليمنى.
 */
export const LOOK_ALIKES: readonly string[] = ['عمّان', 'اليمنى', 'يمنى', 'اليسرى'];

/** Words for "country" that make a weak form a country: "کشور مالی", "ملک شام". */
export const COUNTRY_NOUNS: readonly string[] = [
  'country',
  'nước',
  'دولة',
  'دولت',
  'بلد',
  'جمهورية',
  'کشور',
  'کشورهای',
  'جمهوری',
  'ملک',
  'ممالک',
];

/** What may stand between two countries of a list, so that a weak form next to a country counts. */
export const LIST_JOINERS: readonly string[] = ['and', 'or', 'và', 'hoặc', 'و', 'یا', 'اور', 'او'];
