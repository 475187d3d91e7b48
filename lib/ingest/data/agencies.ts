/**
 * News agencies as bylines and credits print them, so that "Jane Doe, Reuters" or "By Jane Doe /
 * AFP" gives the agency as the source and the person as the author. Arabic-script names are
 * written as printed; they are compared after the ingester's folding.
 */
export const AGENCIES: readonly string[] = [
  // International and regional wires
  'Reuters', 'AFP', 'AP', 'Associated Press', 'Agence France-Presse', 'Xinhua', 'Anadolu', 'Anadolu Agency', 'Bernama',
  'Antara', 'Kyodo', 'Yonhap', 'TASS', 'RIA Novosti', 'dpa', 'EFE', 'ANSA', 'PTI', 'ANI', 'IANS', 'UNI', 'APP',
  'Pajhwok', 'Bakhtar', 'IRNA', 'ISNA', 'Tasnim', 'Fars', 'Mehr', 'KUNA', 'SPA', 'WAM', 'MENA', 'QNA', 'BNA', 'ONA',
  'Petra', 'INA', 'SANA', 'NNA', 'MAP', 'TAP', 'APS',
  // Vietnamese
  'TTXVN', 'VNA', 'Thông tấn xã Việt Nam',
  // Arabic
  'رويترز', 'فرانس برس', 'أ ف ب', 'أ ب', 'الأناضول', 'شينخوا', 'واس', 'كونا', 'وام', 'بترا', 'واع', 'قنا', 'بنا', 'العمانية',
  'سانا', 'سونا', 'أ ش أ', 'وكالات', 'الوكالة الوطنية للإعلام', 'وكالة الأنباء الرسمية',
  // Persian and Dari
  'ایرنا', 'ایسنا', 'تسنیم', 'فارس', 'مهر', 'ایلنا', 'پژواک', 'باختر', 'آوا', 'طلوع نیوز', 'رویترز', 'خبرگزاری فرانسه',
  // Urdu
  'اے پی پی', 'پی ٹی آئی', 'یو این آئی', 'رائٹرز', 'اے ایف پی', 'آن لائن',
];
