/**
 * Urdu short forms and spellings (CLDR gives the names). شام is Syria and also "evening":
 * it counts only next to another country or after ملک.
 */
import type { CountryAliasTable } from './types';

export const UR: CountryAliasTable = {
  skipCldr: ['شام'],
  aliases: {
    AF: ['افغان'],
    GB: ['برطانیہ', 'برطانوی', 'سلطنت متحدہ', 'انگلستان'],
    IN: ['بھارت', 'ہندوستان', 'ہند'],
    ES: ['سپین'],
    MY: ['ملائیشیا'],
    NG: ['نائیجیریا'],
    SA: ['سعودی عرب', 'سعودی'],
    SY: [{ form: 'شام', weak: true }, 'سوریہ', 'سیریا'],
    TR: ['ترکی', 'ترکیہ'],
    US: ['امریکہ', 'ریاست ہائے متحدہ امریکہ', 'ریاستہائے متحدہ', { form: 'امریک', stem: true }],
  },
};
