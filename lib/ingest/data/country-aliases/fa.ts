/**
 * Persian and Dari short forms and spellings (CLDR gives the names). Dari writes امریکا where
 * Iranian Persian writes آمریکا; both are here. Forms are folded like the text before matching.
 */
import type { CountryAliasTable } from './types';

export const FA: CountryAliasTable = {
  // Also ordinary words: مالی "financial", چک "cheque", مالت "malt", غنا "singing", پرو "fitting",
  // موریس a given name: weak forms below, or left out.
  skipCldr: ['مالی', 'چک', 'مالت', 'غنا', 'پرو', 'موریس', 'عمان'],
  aliases: {
    CF: ['افریقای مرکزی', 'آفریقای مرکزی'],
    AE: ['امارات', 'امارات متحده عربی'],
    AF: ['افغان'],
    CD: ['کنگو', 'جمهوری دموکراتیک کنگو'],
    EG: [{ form: 'مصر', notAfter: ['است', 'بود', 'هستند', 'اند', 'بودند', 'هست', 'شد'] }],
    CZ: ['جمهوری چک', { form: 'چک', weak: true }],
    GB: ['انگلیس', 'انگلستان', 'بریتانیای کبیر'],
    GH: [{ form: 'غنا', weak: true }],
    IN: ['هندوستان'],
    KG: ['قرغیزستان'],
    KP: ['کره شمالی', 'کره‌ی شمالی'],
    KR: ['کره جنوبی', 'کره‌ی جنوبی'],
    KZ: ['قازقستان'],
    ML: [{ form: 'مالی', weak: true }],
    MT: [{ form: 'مالت', weak: true }],
    OM: [{ form: 'عمان', cityOf: 'JO' }],
    PE: [{ form: 'پرو', weak: true }],
    PS: ['فلسطین'],
    SA: ['عربستان', 'سعودی'],
    SY: ['سوریه'],
    TR: ['ترکیه', { form: 'ترک', stem: true }],
    US: ['امریکا', 'آمریکا', 'ایالات متحده امریکا', 'ایالات متحده آمریکا', 'ایالات متحده', { form: 'امریک', stem: true }],
  },
};
