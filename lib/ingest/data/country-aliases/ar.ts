/**
 * Arabic short forms, adjective stems and spellings (CLDR gives the names). Forms are written
 * as printed; the matcher folds them (أ/إ/آ -> ا, ي -> ی, ة -> ه) and adds clitics and endings.
 */
import type { CountryAliasTable } from './types';

export const AR: CountryAliasTable = {
  // مالي is also "financial", بنين "sons", كوبا a cup: kept below as weak forms.
  skipCldr: ['مالي', 'بنين', 'كوبا', 'عُمان'],
  aliases: {
    AE: ['الإمارات', { form: 'إمارات', stem: true }],
    AF: ['أفغان'],
    BE: [{ form: 'بلجيك', stem: true }],
    BF: ['بوركينا'],
    BY: ['بيلاروسيا'],
    BJ: [{ form: 'بنين', weak: true }],
    CD: ['الكونغو', 'الكونغو الديمقراطية', 'جمهورية الكونغو الديمقراطية'],
    CF: ['أفريقيا الوسطى', 'إفريقيا الوسطى'],
    CG: ['الكونغو برازافيل'],
    CU: [{ form: 'كوبا', weak: true }],
    DK: ['الدنمارك', 'الدانمارك'],
    FR: [{ form: 'فرنس', stem: true }],
    GB: ['بريطانيا', { form: 'بريطان', stem: true }, 'إنجلترا', 'انكلترا'],
    KP: ['كوريا الشمالية'],
    KR: ['كوريا الجنوبية'],
    ML: [{ form: 'مالي', weak: true }],
    NE: ['نيجر'],
    OM: ['سلطنة عمان', { form: 'عمان', cityOf: 'JO' }],
    PS: ['فلسطين'],
    SA: ['السعودية', 'سعودي', 'المملكة السعودية'],
    NL: [{ form: 'هولند', stem: true }],
    RW: [{ form: 'رواند', stem: true }],
    SY: ['سورية'],
    UG: [{ form: 'أوغند', stem: true }],
    US: [
      'أمريكا',
      'أميركا',
      'الولايات المتحدة الأمريكية',
      'الولايات المتحدة الأميركية',
      { form: 'أمريك', stem: true },
      { form: 'أميرك', stem: true },
    ],
  },
};
